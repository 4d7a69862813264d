package dev.ophamin.canonical;

import java.util.ArrayList;
import java.util.List;

/** What a shallow read ({@link JsonReader#readCanonical(byte[], int)}) should hold of a whole tree. */
public final class TreeCut {
    private TreeCut() {
    }

    /**
     * {@return {@code v} with every container below {@code depth} levels replaced by null}
     *
     * @param v a whole tree
     * @param depth how many levels of containers to keep
     */
    public static JsonValue cut(JsonValue v, int depth) {
        if (!(v instanceof JsonObject) && !(v instanceof JsonArray)) {
            return v;
        }
        if (depth == 0) {
            return JsonNull.NULL;
        }
        if (v instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>();
            a.items().forEach(x -> items.add(cut(x, depth - 1)));
            return items.isEmpty() ? JsonArray.EMPTY : new JsonArray(items);
        }
        JsonObject.Builder b = JsonObject.builder();
        ((JsonObject) v).members().forEach((k, x) -> b.put(k, cut(x, depth - 1)));
        return b.build();
    }
}
