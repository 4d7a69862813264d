package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import java.util.Objects;
import java.util.Set;

/**
 * Section 5: one pillar's measured statistic, attributed to the library and version that produced
 * it. Numbers keep the kind they were given or read with; {@code detail} is open-ended and kept as
 * is. New evidence must use one of the {@link #CROSS_CHECK_VALUES}; evidence read from a file may
 * hold the prose some older shipped records carry there.
 */
@Experimental
public final class Evidence {
    /** The cross-check outcomes new evidence may state. */
    public static final Set<String> CROSS_CHECK_VALUES = Set.of("passed", "skipped", "failed", "n/a");

    private final String pillar;
    private final String statisticName;
    private final Numeric statisticValue;
    private final String library;
    private final String libraryVersion;
    private final Numeric effectSize;
    private final Numeric ciLow;
    private final Numeric ciHigh;
    private final Numeric pValue;
    private final String crossCheck;
    private final JsonObject detail;

    private Evidence(Builder b, boolean legacyCrossCheck) {
        this.pillar = Check.notNull(b.pillar, "evidence.pillar");
        this.statisticName = Check.notNull(b.statisticName, "evidence.statistic_name");
        this.statisticValue = Check.notNull(b.statisticValue, "evidence.statistic_value");
        this.library = Check.notNull(b.library, "evidence.library");
        this.libraryVersion = Check.notNull(b.libraryVersion, "evidence.library_version");
        this.effectSize = b.effectSize;
        this.ciLow = b.ciLow;
        this.ciHigh = b.ciHigh;
        this.pValue = b.pValue;
        this.crossCheck = Check.notNull(b.crossCheck, "evidence.cross_check");
        this.detail = Check.notNull(b.detail, "evidence.detail");
        if (!legacyCrossCheck && !CROSS_CHECK_VALUES.contains(crossCheck)) {
            throw new IllegalArgumentException("evidence.cross_check: must be one of passed, skipped, failed, n/a, got '"
                    + crossCheck + "'");
        }
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this evidence's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pillar = pillar;
        b.statisticName = statisticName;
        b.statisticValue = statisticValue;
        b.library = library;
        b.libraryVersion = libraryVersion;
        b.effectSize = effectSize;
        b.ciLow = ciLow;
        b.ciHigh = ciHigh;
        b.pValue = pValue;
        b.crossCheck = crossCheck;
        b.detail = detail;
        return b;
    }

    /** {@return the pillar that produced this evidence} */
    public String pillar() {
        return pillar;
    }

    /** {@return the statistic's name} */
    public String statisticName() {
        return statisticName;
    }

    /** {@return the statistic's value, float or integer as written} */
    public Numeric statisticValue() {
        return statisticValue;
    }

    /** {@return the library that computed the statistic} */
    public String library() {
        return library;
    }

    /** {@return that library's version} */
    public String libraryVersion() {
        return libraryVersion;
    }

    /** {@return the effect size, or null} */
    public Numeric effectSize() {
        return effectSize;
    }

    /** {@return the lower confidence bound, or null} */
    public Numeric ciLow() {
        return ciLow;
    }

    /** {@return the upper confidence bound, or null} */
    public Numeric ciHigh() {
        return ciHigh;
    }

    /** {@return the p-value, or null} */
    public Numeric pValue() {
        return pValue;
    }

    /** {@return the cross-check performed, or null} */
    public String crossCheck() {
        return crossCheck;
    }

    /** {@return the pillar's free-form detail} */
    public JsonObject detail() {
        return detail;
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("pillar", pillar)
                .put("statistic_name", statisticName)
                .put("statistic_value", statisticValue.toJson())
                .put("library", library)
                .put("library_version", libraryVersion)
                .put("effect_size", orNull(effectSize))
                .put("ci_low", orNull(ciLow))
                .put("ci_high", orNull(ciHigh))
                .put("p_value", orNull(pValue))
                .put("cross_check", crossCheck)
                .put("detail", detail)
                .build();
    }

    private static JsonValue orNull(Numeric n) {
        return n == null ? JsonNull.NULL : n.toJson();
    }

    static Evidence read(Reading r) throws RecordFormatException {
        Builder b = new Builder();
        b.pillar = r.string("pillar");
        b.statisticName = r.string("statistic_name");
        b.statisticValue = r.number("statistic_value");
        b.library = r.string("library");
        b.libraryVersion = r.string("library_version");
        b.effectSize = r.nullableNumber("effect_size");
        b.ciLow = r.nullableNumber("ci_low");
        b.ciHigh = r.nullableNumber("ci_high");
        b.pValue = r.nullableNumber("p_value");
        b.crossCheck = r.string("cross_check");
        b.detail = r.object("detail");
        r.end();
        return r.build(() -> new Evidence(b, true));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence && toJson().equals(((Evidence) o).toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "Evidence[" + pillar + "/" + statisticName + "=" + statisticValue + "]";
    }

    /** Builds evidence; {@link #build()} validates. */
    public static final class Builder {
        private String pillar;
        private String statisticName;
        private Numeric statisticValue;
        private String library;
        private String libraryVersion;
        private Numeric effectSize;
        private Numeric ciLow;
        private Numeric ciHigh;
        private Numeric pValue;
        private String crossCheck = "n/a";
        private JsonObject detail = JsonObject.EMPTY;

        private Builder() {
        }

        /**
         * Sets the pillar.
         *
         * @param v the pillar's name
         * @return this builder
         */
        public Builder pillar(String v) {
            pillar = v;
            return this;
        }

        /**
         * Sets the statistic, a float.
         *
         * @param name its name
         * @param value its value
         * @return this builder
         */
        public Builder statistic(String name, double value) {
            statisticName = name;
            statisticValue = Numeric.of(value);
            return this;
        }

        /**
         * Sets the statistic.
         *
         * @param name its name
         * @param value its value, float or integer
         * @return this builder
         */
        public Builder statistic(String name, Numeric value) {
            statisticName = name;
            statisticValue = value;
            return this;
        }

        /**
         * Sets the library that computed the statistic.
         *
         * @param name its name
         * @param version its version
         * @return this builder
         */
        public Builder library(String name, String version) {
            library = name;
            libraryVersion = version;
            return this;
        }

        /**
         * Sets the effect size.
         *
         * @param v the effect size; null for none
         * @return this builder
         */
        public Builder effectSize(Double v) {
            effectSize = v == null ? null : Numeric.of(v);
            return this;
        }

        /**
         * Sets the confidence interval.
         *
         * @param low its lower end; null for none
         * @param high its upper end; null for none
         * @return this builder
         */
        public Builder ci(Double low, Double high) {
            ciLow = low == null ? null : Numeric.of(low);
            ciHigh = high == null ? null : Numeric.of(high);
            return this;
        }

        /**
         * Sets the p-value.
         *
         * @param v the p-value; null for none
         * @return this builder
         */
        public Builder pValue(Double v) {
            pValue = v == null ? null : Numeric.of(v);
            return this;
        }

        /**
         * Sets the cross-check.
         *
         * @param v what was cross-checked; null for none
         * @return this builder
         */
        public Builder crossCheck(String v) {
            crossCheck = v;
            return this;
        }

        /**
         * Sets the free-form detail.
         *
         * @param v the detail object
         * @return this builder
         */
        public Builder detail(JsonObject v) {
            detail = Objects.requireNonNull(v, "detail");
            return this;
        }

        /** {@return the evidence} */
        public Evidence build() {
            return new Evidence(this, false);
        }
    }
}
