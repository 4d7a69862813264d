package dev.ophamin.substrate;

import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import java.util.Objects;

/**
 * What one cycle produced: measurements (name to number or string, in the substrate's order) and
 * timings, or — when the cycle could not run — the error. A failed cycle is never given values.
 */
public record CycleResult(boolean ok, JsonObject measurements, JsonObject timings, String error) {
    public CycleResult {
        measurements = measurements == null ? JsonObject.EMPTY : measurements;
        timings = timings == null ? JsonObject.EMPTY : timings;
        if (!ok) {
            Objects.requireNonNull(error, "a failed cycle carries its error");
            if (measurements.size() > 0) {
                throw new IllegalArgumentException("a failed cycle carries no measurements");
            }
        }
    }

    public static CycleResult ok(JsonObject measurements, JsonObject timings) {
        return new CycleResult(true, measurements, timings, null);
    }

    public static CycleResult failed(String error) {
        return new CycleResult(false, JsonObject.EMPTY, JsonObject.EMPTY, error);
    }

    /** A numeric measurement, or NaN when absent or not a number. */
    public double number(String name) {
        JsonValue v = measurements.get(name);
        if (v instanceof JsonFloat) {
            return ((JsonFloat) v).value();
        }
        if (v instanceof dev.ophamin.canonical.JsonInt) {
            return ((dev.ophamin.canonical.JsonInt) v).bigValue().doubleValue();
        }
        return Double.NaN;
    }

    /** A numeric timing (e.g. {@code wall_ms}), or NaN when the substrate reported none. */
    public double timing(String name) {
        JsonValue v = timings.get(name);
        return v instanceof JsonFloat ? ((JsonFloat) v).value() : Double.NaN;
    }

    /** A copy with more timings added (the instrumenting wrapper's). */
    public CycleResult withTimings(JsonObject more) {
        JsonObject t = timings;
        for (var e : more.members().entrySet()) {
            t = t.with(e.getKey(), e.getValue());
        }
        return new CycleResult(ok, measurements, t, error);
    }
}
