package dev.ophamin.canonical;

/** {@code null}. */
public enum JsonNull implements JsonValue {
    NULL
}
