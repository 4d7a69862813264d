package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.record.Comparator;

/**
 * The falsifiable boundary of a claim: {@code metric comparator value [units]}. The value is
 * always a float, as the reference coerces it, so {@code 10} is written {@code 10.0}.
 */
@Experimental
public record Threshold(String metric, String comparator, double value, String units) {

    public Threshold {
        Check.notNull(metric, "threshold.metric");
        Check.notNull(comparator, "threshold.comparator");
        Check.notNull(units, "threshold.units");
        if (!Comparator.ALL.contains(comparator)) {
            throw new IllegalArgumentException("threshold.comparator: must be one of >= <= > < ==, got '"
                    + comparator + "'");
        }
    }

    /** A threshold without units. */
    public static Threshold of(String metric, String comparator, double value) {
        return new Threshold(metric, comparator, value, "");
    }

    /** True iff {@code observed} satisfies this threshold. */
    public boolean decide(double observed) {
        return Comparator.decide(comparator, observed, value);
    }

    /** {@code metric comparator value[ units]}, the value as Python's {@code str(float)}. */
    public String describe() {
        return metric + " " + comparator + " " + PythonFormat.str(value) + (units.isEmpty() ? "" : " " + units);
    }

    public JsonObject toJson() {
        return JsonObject.builder()
                .put("metric", metric)
                .put("comparator", comparator)
                .put("value", value)
                .put("units", units)
                .build();
    }

    static Threshold read(Reading r) throws RecordFormatException {
        String metric = r.string("metric");
        String comparator = r.string("comparator");
        double value = r.floatValue("value");
        String units = r.string("units");
        r.end();
        return r.build(() -> new Threshold(metric, comparator, value, units));
    }
}
