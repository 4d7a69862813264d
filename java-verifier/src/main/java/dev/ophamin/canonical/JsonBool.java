package dev.ophamin.canonical;

import dev.ophamin.Stable;
/** {@code true} or {@code false}. */
@Stable
public enum JsonBool implements JsonValue {
    FALSE, TRUE;

    /** TRUE or FALSE. */
    public static JsonBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** The Java boolean. */
    public boolean value() {
        return this == TRUE;
    }
}
