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

    public static Builder builder() {
        return new Builder();
    }

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

    public String pillar() {
        return pillar;
    }

    public String statisticName() {
        return statisticName;
    }

    public Numeric statisticValue() {
        return statisticValue;
    }

    public String library() {
        return library;
    }

    public String libraryVersion() {
        return libraryVersion;
    }

    /** The effect size, or null. */
    public Numeric effectSize() {
        return effectSize;
    }

    /** The lower confidence bound, or null. */
    public Numeric ciLow() {
        return ciLow;
    }

    /** The upper confidence bound, or null. */
    public Numeric ciHigh() {
        return ciHigh;
    }

    /** The p-value, or null. */
    public Numeric pValue() {
        return pValue;
    }

    public String crossCheck() {
        return crossCheck;
    }

    public JsonObject detail() {
        return detail;
    }

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

        public Builder pillar(String v) {
            pillar = v;
            return this;
        }

        public Builder statistic(String name, double value) {
            statisticName = name;
            statisticValue = Numeric.of(value);
            return this;
        }

        public Builder statistic(String name, Numeric value) {
            statisticName = name;
            statisticValue = value;
            return this;
        }

        public Builder library(String name, String version) {
            library = name;
            libraryVersion = version;
            return this;
        }

        /** The effect size; null for none. */
        public Builder effectSize(Double v) {
            effectSize = v == null ? null : Numeric.of(v);
            return this;
        }

        /** The confidence interval; nulls for none. */
        public Builder ci(Double low, Double high) {
            ciLow = low == null ? null : Numeric.of(low);
            ciHigh = high == null ? null : Numeric.of(high);
            return this;
        }

        /** The p-value; null for none. */
        public Builder pValue(Double v) {
            pValue = v == null ? null : Numeric.of(v);
            return this;
        }

        public Builder crossCheck(String v) {
            crossCheck = v;
            return this;
        }

        public Builder detail(JsonObject v) {
            detail = Objects.requireNonNull(v, "detail");
            return this;
        }

        public Evidence build() {
            return new Evidence(this, false);
        }
    }
}
