package dev.ophamin.canonical;

/** {@code true} or {@code false}. */
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
