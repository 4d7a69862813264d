package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;

/**
 * Section 6: the outcome against the pre-registered threshold. The observed value is always a
 * float. {@link #decide} applies the reference's rule and default reasoning text.
 */
@Experimental
public record Verdict(Outcome outcome, double observedValue, Threshold threshold, String reasoning) {

    /** The reasoning the reference gives an INCONCLUSIVE verdict when none is supplied. */
    public static final String DEFAULT_INCONCLUSIVE_REASONING =
            "evidence insufficient to decide for or against the claim";

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param outcome the {@code outcome} member
     * @param observedValue the {@code observed_value} member
     * @param threshold the {@code threshold} member
     * @param reasoning the {@code reasoning} member
     */
    public Verdict {
        Check.notNull(outcome, "verdict.outcome");
        Check.notNull(threshold, "verdict.threshold");
        Check.notNull(reasoning, "verdict.reasoning");
    }

    /**
     * {@return VALIDATED when {@code observed} satisfies the threshold, else REFUTED, with the default reasoning}
     *
     * @param observed the measured value
     * @param threshold the claim's threshold
     */
    public static Verdict decide(double observed, Threshold threshold) {
        return decide(observed, threshold, false, "");
    }

    /**
     * The reference's {@code Verdict.decide}: INCONCLUSIVE when asked, otherwise VALIDATED or
     * REFUTED by the comparator. An empty {@code reasoning} is replaced by the default text
     * ({@code observed <.6g> satisfies|does not satisfy the pre-registered threshold (<describe>)}).
     *
     * @param observed the measured value
     * @param threshold the claim's threshold
     * @param inconclusive true when the run could not decide
     * @param reasoning the reasoning text; empty for the default
     * @return the verdict
     */
    public static Verdict decide(double observed, Threshold threshold, boolean inconclusive, String reasoning) {
        Check.notNull(threshold, "verdict.threshold");
        String given = reasoning == null ? "" : reasoning;
        if (inconclusive) {
            return new Verdict(Outcome.INCONCLUSIVE, observed, threshold,
                    given.isEmpty() ? DEFAULT_INCONCLUSIVE_REASONING : given);
        }
        boolean satisfied = threshold.decide(observed);
        String arithmetic = "observed " + PythonFormat.g(observed, 6) + " "
                + (satisfied ? "satisfies" : "does not satisfy")
                + " the pre-registered threshold (" + threshold.describe() + ")";
        return new Verdict(satisfied ? Outcome.VALIDATED : Outcome.REFUTED, observed, threshold,
                given.isEmpty() ? arithmetic : given);
    }

    /** {@return true unless the outcome is VALIDATED/REFUTED and disagrees with the threshold} */
    public boolean consistent() {
        if (outcome == Outcome.INCONCLUSIVE) {
            return true;
        }
        return (outcome == Outcome.VALIDATED) == threshold.decide(observedValue);
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("outcome", outcome.name())
                .put("observed_value", observedValue)
                .put("threshold", threshold.toJson())
                .put("reasoning", reasoning)
                .build();
    }

    static Verdict read(Reading r) throws RecordFormatException {
        String outcomeText = r.string("outcome");
        Outcome o = r.build(() -> Outcome.parse(outcomeText, r.path("outcome")));
        double observed = r.floatValue("observed_value");
        Threshold t = Threshold.read(r.section("threshold"));
        String reasoning = r.string("reasoning");
        r.end();
        return r.build(() -> new Verdict(o, observed, t, reasoning));
    }
}
