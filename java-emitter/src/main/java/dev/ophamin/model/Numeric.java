package dev.ophamin.model;

import dev.ophamin.Internal;
import dev.ophamin.canonical.FloatFormat;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonValue;
import java.util.Objects;

/**
 * A JSON number that remembers whether it was an integer or a float. Statistics keep the kind
 * they were read with, because {@code 3} and {@code 3.0} canonicalise to different bytes.
 */
@Internal
public final class Numeric {
    private final JsonValue json;

    private Numeric(JsonValue json) {
        this.json = json;
    }

    /**
     * {@return a float}
     *
     * @param value the value
     */
    public static Numeric of(double value) {
        return new Numeric(new JsonFloat(value));
    }

    /**
     * {@return an integer}
     *
     * @param value the value
     */
    public static Numeric ofInteger(long value) {
        return new Numeric(JsonInt.of(value));
    }

    /**
     * {@return the number held by a {@link JsonInt} or {@link JsonFloat}, or null for any other value}
     *
     * @param v a JSON value
     */
    public static Numeric fromJson(JsonValue v) {
        return v instanceof JsonInt || v instanceof JsonFloat ? new Numeric(v) : null;
    }

    /** {@return true when this number is an integer (written without a point)} */
    public boolean isInteger() {
        return json instanceof JsonInt;
    }

    /** {@return the value as a double (large integers round to the nearest double)} */
    public double doubleValue() {
        return json instanceof JsonFloat
                ? ((JsonFloat) json).value()
                : ((JsonInt) json).bigValue().doubleValue();
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonValue toJson() {
        return json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Numeric && json.equals(((Numeric) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    /** The number as Python's {@code json} writes it ({@code 3}, {@code 3.0}, {@code 1e-05}). */
    @Override
    public String toString() {
        return json instanceof JsonFloat ? FloatFormat.python(((JsonFloat) json).value()) : json.toString();
    }

    static Numeric require(Numeric n, String field) {
        return Objects.requireNonNull(n, field);
    }
}
