package dev.ophamin.canonical;

import java.util.List;

/** A JSON array; the list is immutable. */
public record JsonArray(List<JsonValue> items) implements JsonValue {
    public static final JsonArray EMPTY = new JsonArray(List.of());

    public JsonArray {
        items = List.copyOf(items);
    }

    public static JsonArray of(JsonValue... items) {
        return new JsonArray(List.of(items));
    }

    public int size() {
        return items.size();
    }

    public JsonValue get(int i) {
        return items.get(i);
    }
}
