package dev.ophamin.canonical;

import dev.ophamin.Stable;
import java.util.Objects;

/** A JSON string. May hold unpaired surrogates, as Python strings can. */
@Stable
public record JsonString(String value) implements JsonValue {
    /**
     * Rejects null.
     *
     * @param value the text, not null
     */
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the string {@code value}}
     *
     * @param value the text, not null
     */
    public static JsonString of(String value) {
        return new JsonString(value);
    }
}
