package dev.ophamin.canonical;

import dev.ophamin.Stable;
import java.util.List;

/** A JSON array; the list is immutable. */
@Stable
public record JsonArray(List<JsonValue> items) implements JsonValue {
    public static final JsonArray EMPTY = new JsonArray(List.of());

    /** Copies {@code items} into an unmodifiable list. */
    public JsonArray {
        items = List.copyOf(items);
    }

    /** An array of the given items. */
    public static JsonArray of(JsonValue... items) {
        return new JsonArray(List.of(items));
    }

    /** Number of items. */
    public int size() {
        return items.size();
    }

    /** The item at {@code i}. */
    public JsonValue get(int i) {
        return items.get(i);
    }
}
