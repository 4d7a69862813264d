package dev.ophamin.canonical;

import dev.ophamin.Stable;

/** {@code true} or {@code false}. */
@Stable
public enum JsonBool implements JsonValue {
    /** The JSON literal {@code false}. */
    FALSE,
    /** The JSON literal {@code true}. */
    TRUE;

    /**
     * {@return TRUE or FALSE}
     *
     * @param b the Java boolean
     */
    public static JsonBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** {@return the Java boolean} */
    public boolean value() {
        return this == TRUE;
    }
}
