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

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param metric the {@code metric} member
     * @param comparator the {@code comparator} member
     * @param value the {@code value} member
     * @param units the {@code units} member
     */
    public Threshold {
        Check.notNull(metric, "threshold.metric");
        Check.notNull(comparator, "threshold.comparator");
        Check.notNull(units, "threshold.units");
        if (!Comparator.ALL.contains(comparator)) {
            throw new IllegalArgumentException("threshold.comparator: must be one of >= <= > < ==, got '"
                    + comparator + "'");
        }
    }

    /**
     * {@return a threshold without units}
     *
     * @param metric the quantity compared
     * @param comparator one of {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}, {@code !=}
     * @param value the threshold
     */
    public static Threshold of(String metric, String comparator, double value) {
        return new Threshold(metric, comparator, value, "");
    }

    /**
     * {@return true iff {@code observed} satisfies this threshold}
     *
     * @param observed the measured value
     */
    public boolean decide(double observed) {
        return Comparator.decide(comparator, observed, value);
    }

    /** {@return {@code metric comparator value[ units]}, the value as Python's {@code str(float)}} */
    public String describe() {
        return metric + " " + comparator + " " + PythonFormat.str(value) + (units.isEmpty() ? "" : " " + units);
    }

    /** {@return this part as the JSON the reference writes} */
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
