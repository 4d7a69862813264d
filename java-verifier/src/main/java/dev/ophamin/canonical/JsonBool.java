package dev.ophamin.canonical;

/** {@code true} or {@code false}. */
public enum JsonBool implements JsonValue {
    FALSE, TRUE;

    public static JsonBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }
}
