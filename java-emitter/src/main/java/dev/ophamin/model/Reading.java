package dev.ophamin.model;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the members of one JSON object into typed fields, naming the field path in every error,
 * and refuses members nobody asked for (a typed reader that dropped them would lose signed bytes).
 */
final class Reading {
    private final JsonObject obj;
    private final String path;
    private final Set<String> taken = new HashSet<>();

    private Reading(JsonObject obj, String path) {
        this.obj = obj;
        this.path = path;
    }

    static Reading of(JsonValue v, String path) throws RecordFormatException {
        if (!(v instanceof JsonObject)) {
            throw new RecordFormatException(path, "expected an object, found " + typeName(v));
        }
        return new Reading((JsonObject) v, path);
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return obj.has(key);
    }

    JsonValue any(String key) throws RecordFormatException {
        JsonValue v = obj.get(key);
        if (v == null) {
            throw new RecordFormatException(path(key), "missing");
        }
        taken.add(key);
        return v;
    }

    /** The member, or null when absent. */
    JsonValue optional(String key) {
        taken.add(key);
        return obj.get(key);
    }

    String string(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (!(v instanceof JsonString)) {
            throw wrongType(key, "a string", v);
        }
        return ((JsonString) v).value();
    }

    /** A string or null. */
    String nullableString(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (v == JsonNull.NULL) {
            return null;
        }
        if (!(v instanceof JsonString)) {
            throw wrongType(key, "a string or null", v);
        }
        return ((JsonString) v).value();
    }

    Numeric number(String key) throws RecordFormatException {
        JsonValue v = any(key);
        Numeric n = Numeric.fromJson(v);
        if (n == null) {
            throw wrongType(key, "a number", v);
        }
        return n;
    }

    /** A number or null. */
    Numeric nullableNumber(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (v == JsonNull.NULL) {
            return null;
        }
        Numeric n = Numeric.fromJson(v);
        if (n == null) {
            throw wrongType(key, "a number or null", v);
        }
        return n;
    }

    /** A field the reference always writes as a float; an integer here would not survive re-emission. */
    double floatValue(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (v instanceof JsonFloat) {
            return ((JsonFloat) v).value();
        }
        if (v instanceof JsonInt) {
            throw new RecordFormatException(path(key), "expected a float (the reference always writes one, e.g. "
                    + v + ".0), found the integer " + v);
        }
        throw wrongType(key, "a float", v);
    }

    long integer(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (!(v instanceof JsonInt) || !((JsonInt) v).fitsLong()) {
            throw wrongType(key, "an integer", v);
        }
        return ((JsonInt) v).longValue();
    }

    Long nullableInteger(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (v == JsonNull.NULL) {
            return null;
        }
        if (!(v instanceof JsonInt) || !((JsonInt) v).fitsLong()) {
            throw wrongType(key, "an integer or null", v);
        }
        return ((JsonInt) v).longValue();
    }

    JsonObject object(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (!(v instanceof JsonObject)) {
            throw wrongType(key, "an object", v);
        }
        return (JsonObject) v;
    }

    JsonArray array(String key) throws RecordFormatException {
        JsonValue v = any(key);
        if (!(v instanceof JsonArray)) {
            throw wrongType(key, "an array", v);
        }
        return (JsonArray) v;
    }

    Reading section(String key) throws RecordFormatException {
        return Reading.of(any(key), path(key));
    }

    /** An array of objects, one Reading per element. */
    List<Reading> sections(String key) throws RecordFormatException {
        JsonArray a = array(key);
        List<Reading> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(Reading.of(a.get(i), path(key) + "[" + i + "]"));
        }
        return out;
    }

    List<String> strings(String key) throws RecordFormatException {
        JsonArray a = array(key);
        List<String> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            JsonValue v = a.get(i);
            if (!(v instanceof JsonString)) {
                throw new RecordFormatException(path(key) + "[" + i + "]", "expected a string, found " + typeName(v));
            }
            out.add(((JsonString) v).value());
        }
        return out;
    }

    /** An object whose values are all strings (environment locks, corrected verdicts). */
    JsonObject stringMap(String key) throws RecordFormatException {
        JsonObject o = object(key);
        for (var e : o.members().entrySet()) {
            if (!(e.getValue() instanceof JsonString)) {
                throw new RecordFormatException(path(key) + "." + e.getKey(),
                        "expected a string, found " + typeName(e.getValue()));
            }
        }
        return o;
    }

    /** Refuses members that were never read. */
    void end() throws RecordFormatException {
        for (String k : obj.keys()) {
            if (!taken.contains(k)) {
                throw new RecordFormatException(path(k), "unknown field (a typed reader would drop it)");
            }
        }
    }

    /** Runs a builder step, turning its IllegalArgumentException into an error naming this object. */
    <T> T build(java.util.function.Supplier<T> step) throws RecordFormatException {
        try {
            return step.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new RecordFormatException(path, m);
        }
    }

    private RecordFormatException wrongType(String key, String expected, JsonValue v) {
        return new RecordFormatException(path(key), "expected " + expected + ", found " + typeName(v));
    }

    static String typeName(JsonValue v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof JsonObject) {
            return "an object";
        }
        if (v instanceof JsonArray) {
            return "an array";
        }
        if (v instanceof JsonString) {
            return "a string";
        }
        if (v instanceof JsonInt) {
            return "the integer " + v;
        }
        if (v instanceof JsonFloat) {
            return "a float";
        }
        if (v instanceof dev.ophamin.canonical.JsonBool) {
            return "a boolean";
        }
        return "null";
    }
}
