package dev.ophamin.record;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.List;

/** Lenient navigation of parsed records: wrong types read as absent. */
final class Json {
    private Json() {
    }

    static JsonObject obj(JsonValue parent, String key) {
        if (parent instanceof JsonObject) {
            JsonValue v = ((JsonObject) parent).get(key);
            if (v instanceof JsonObject) {
                return (JsonObject) v;
            }
        }
        return JsonObject.EMPTY;
    }

    static List<JsonValue> arr(JsonValue parent, String key) {
        if (parent instanceof JsonObject) {
            JsonValue v = ((JsonObject) parent).get(key);
            if (v instanceof JsonArray) {
                return ((JsonArray) v).items();
            }
        }
        return List.of();
    }

    /** The string at key, "" when absent or not a string. */
    static String str(JsonValue parent, String key) {
        if (parent instanceof JsonObject) {
            JsonValue v = ((JsonObject) parent).get(key);
            if (v instanceof JsonString) {
                return ((JsonString) v).value();
            }
        }
        return "";
    }

    /** The number at key as a double, NaN when absent or not a number. */
    static double num(JsonValue parent, String key) {
        if (parent instanceof JsonObject) {
            JsonValue v = ((JsonObject) parent).get(key);
            if (v instanceof JsonFloat) {
                return ((JsonFloat) v).value();
            }
            if (v instanceof JsonInt) {
                return ((JsonInt) v).bigValue().doubleValue();
            }
        }
        return Double.NaN;
    }

    static boolean isEmptyValue(JsonValue v) {
        if (v == null) {
            return true;
        }
        if (v instanceof JsonObject) {
            return ((JsonObject) v).size() == 0;
        }
        if (v instanceof JsonArray) {
            return ((JsonArray) v).size() == 0;
        }
        if (v instanceof JsonString) {
            return ((JsonString) v).value().isEmpty();
        }
        return false;
    }
}
