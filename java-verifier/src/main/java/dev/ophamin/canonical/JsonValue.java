package dev.ophamin.canonical;

import dev.ophamin.Stable;

/**
 * An immutable JSON value as the canonical profiles see it: integers stay exact and apart from
 * floats, objects keep their input order (for re-emission) and never hold a key twice.
 */
@Stable
public sealed interface JsonValue
        permits JsonObject, JsonArray, JsonString, JsonInt, JsonFloat, JsonBool, JsonNull {
}
