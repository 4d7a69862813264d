package dev.ophamin.audit;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.List;

/**
 * Lenient reads of tool output: a member of the wrong type or missing reads as absent, so a
 * parser states only what it needs. Parsing itself is strict (the kit's reader).
 */
public final class ToolJson {
    private ToolJson() {
    }

    /** {@code bytes} parsed; PillarException naming {@code what} when they are not JSON. */
    public static JsonValue parse(byte[] bytes, String what) throws PillarException {
        try {
            return JsonReader.standard().read(bytes);
        } catch (DecodeException e) {
            throw new PillarException(what + " is not JSON: " + e.getMessage());
        }
    }

    public static JsonObject obj(JsonValue v, String key) {
        JsonValue m = member(v, key);
        return m instanceof JsonObject o ? o : null;
    }

    public static List<JsonValue> arr(JsonValue v, String key) {
        JsonValue m = member(v, key);
        return m instanceof JsonArray a ? a.items() : List.of();
    }

    public static String str(JsonValue v, String key, String absent) {
        JsonValue m = member(v, key);
        return m instanceof JsonString s ? s.value() : absent;
    }

    public static long integer(JsonValue v, String key, long absent) {
        JsonValue m = member(v, key);
        if (m instanceof JsonInt i && i.fitsLong()) {
            return i.longValue();
        }
        return absent;
    }

    public static double number(JsonValue v, String key, double absent) {
        JsonValue m = member(v, key);
        if (m instanceof JsonInt i && i.fitsLong()) {
            return i.longValue();
        }
        if (m instanceof JsonFloat f) {
            return f.value();
        }
        return absent;
    }

    private static JsonValue member(JsonValue v, String key) {
        return v instanceof JsonObject o ? o.get(key) : null;
    }
}
