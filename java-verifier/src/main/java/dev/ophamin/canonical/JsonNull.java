package dev.ophamin.canonical;

import dev.ophamin.Stable;

/** {@code null}. */
@Stable
public enum JsonNull implements JsonValue {
    /** The JSON literal {@code null}. */
    NULL
}
