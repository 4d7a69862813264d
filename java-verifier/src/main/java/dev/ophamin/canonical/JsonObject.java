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
    /** The object with no members. */
    public static final JsonObject EMPTY = new JsonObject(new LinkedHashMap<>());

    private final Map<String, JsonValue> members;

    private JsonObject(LinkedHashMap<String, JsonValue> members) {
        this.members = Collections.unmodifiableMap(members);
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return members in insertion order; unmodifiable} */
    public Map<String, JsonValue> members() {
        return members;
    }

    /** {@return keys in insertion order} */
    public Set<String> keys() {
        return members.keySet();
    }

    /** {@return number of members} */
    public int size() {
        return members.size();
    }

    /**
     * {@return true when {@code key} is a member}
     *
     * @param key a member name
     */
    public boolean has(String key) {
        return members.containsKey(key);
    }

    /**
     * {@return the member's value, or null when absent}
     *
     * @param key a member name
     */
    public JsonValue get(String key) {
        return members.get(key);
    }

    /**
     * {@return a copy without the given keys (absent keys are ignored), order otherwise kept}
     *
     * @param keys member names to leave out
     */
    public JsonObject without(String... keys) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(members);
        for (String k : keys) {
            m.remove(k);
        }
        return new JsonObject(m);
    }

    /**
     * {@return a copy with one member set: replaced in place when present, appended otherwise}
     *
     * @param key the member name
     * @param value its new value
     */
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

        /**
         * Adds a member unless one with that name is there already.
         *
         * @param key the member name
         * @param value its value
         * @return true when added; false (nothing changed) when the key was already present
         */
        public boolean tryPut(String key, JsonValue value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            return members.putIfAbsent(key, value) == null;
        }

        /**
         * {@return true when a member named {@code key} was already added}
         *
         * @param key a member name
         */
        public boolean has(String key) {
            return members.containsKey(key);
        }

        /**
         * Adds a member.
         *
         * @param key the member name, not yet added
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if the key is already present
         */
        public Builder put(String key, JsonValue value) {
            if (!tryPut(key, value)) {
                throw new IllegalArgumentException("duplicate key: " + key);
            }
            return this;
        }

        /**
         * Adds a string member.
         *
         * @param key the member name, not yet added
         * @param value its text
         * @return this builder
         */
        public Builder put(String key, String value) {
            return put(key, new JsonString(value));
        }

        /**
         * Adds an integer member.
         *
         * @param key the member name, not yet added
         * @param value its value
         * @return this builder
         */
        public Builder put(String key, long value) {
            return put(key, JsonInt.of(value));
        }

        /**
         * Adds a float member.
         *
         * @param key the member name, not yet added
         * @param value its value
         * @return this builder
         */
        public Builder put(String key, double value) {
            return put(key, new JsonFloat(value));
        }

        /**
         * Adds a boolean member.
         *
         * @param key the member name, not yet added
         * @param value its value
         * @return this builder
         */
        public Builder put(String key, boolean value) {
            return put(key, JsonBool.of(value));
        }

        /** {@return the object; the builder starts empty again} */
        public JsonObject build() {
            JsonObject o = members.isEmpty() ? EMPTY : new JsonObject(members);
            members = new LinkedHashMap<>();
            return o;
        }
    }
}
