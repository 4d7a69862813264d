package dev.ophamin.canonical;

import dev.ophamin.Stable;
import java.util.List;

/** A JSON array; the list is immutable. */
@Stable
public record JsonArray(List<JsonValue> items) implements JsonValue {
    /** The array with no items. */
    public static final JsonArray EMPTY = new JsonArray(List.of());

    /**
     * Copies {@code items} into an unmodifiable list.
     *
     * @param items the items, in order; none of them null
     */
    public JsonArray {
        items = List.copyOf(items);
    }

    /**
     * {@return an array of the given items}
     *
     * @param items the items, in order
     */
    public static JsonArray of(JsonValue... items) {
        return new JsonArray(List.of(items));
    }

    /** {@return number of items} */
    public int size() {
        return items.size();
    }

    /**
     * {@return the item at {@code i}}
     *
     * @param i index from 0
     */
    public JsonValue get(int i) {
        return items.get(i);
    }
}
