package dev.ophamin.canonical;

import dev.ophamin.Stable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A JSON object that keeps its members in insertion (input) order and never holds a key twice.
 * Canonical writers sort the keys themselves; this order is the one the file layout re-emits.
 */
@Stable
public final class JsonObject implements JsonValue {
    public static final JsonObject EMPTY = new JsonObject(new LinkedHashMap<>());

    private final Map<String, JsonValue> members;

    private JsonObject(LinkedHashMap<String, JsonValue> members) {
        this.members = Collections.unmodifiableMap(members);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Members in insertion order; unmodifiable. */
    public Map<String, JsonValue> members() {
        return members;
    }

    /** Keys in insertion order. */
    public Set<String> keys() {
        return members.keySet();
    }

    /** Number of members. */
    public int size() {
        return members.size();
    }

    /** True when {@code key} is a member. */
    public boolean has(String key) {
        return members.containsKey(key);
    }

    /** The member's value, or null when absent. */
    public JsonValue get(String key) {
        return members.get(key);
    }

    /** A copy without the given keys (absent keys are ignored), order otherwise kept. */
    public JsonObject without(String... keys) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(members);
        for (String k : keys) {
            m.remove(k);
        }
        return new JsonObject(m);
    }

    /** A copy with one member set: replaced in place when present, appended otherwise. */
    public JsonObject with(String key, JsonValue value) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(members);
        m.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return new JsonObject(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonObject && members.equals(((JsonObject) o).members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return "JsonObject" + members;
    }

    /** Builds an object in the order members are added; a repeated key is refused. */
    public static final class Builder {
        private LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a member; returns false (and changes nothing) if the key is already present. */
        public boolean tryPut(String key, JsonValue value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            return members.putIfAbsent(key, value) == null;
        }

        /** True when a member named {@code key} was already added. */
        public boolean has(String key) {
            return members.containsKey(key);
        }

        /** Adds a member; throws IllegalArgumentException if the key is already present. */
        public Builder put(String key, JsonValue value) {
            if (!tryPut(key, value)) {
                throw new IllegalArgumentException("duplicate key: " + key);
            }
            return this;
        }

        /** Adds a string member. */
        public Builder put(String key, String value) {
            return put(key, new JsonString(value));
        }

        /** Adds an integer member. */
        public Builder put(String key, long value) {
            return put(key, JsonInt.of(value));
        }

        /** Adds a float member. */
        public Builder put(String key, double value) {
            return put(key, new JsonFloat(value));
        }

        /** Adds a boolean member. */
        public Builder put(String key, boolean value) {
            return put(key, JsonBool.of(value));
        }

        /** The object; the builder starts empty again. */
        public JsonObject build() {
            JsonObject o = members.isEmpty() ? EMPTY : new JsonObject(members);
            members = new LinkedHashMap<>();
            return o;
        }
    }
}
