package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;
import java.util.Set;

/**
 * One paired proof in a regression alert: its verdict before and after, and the class of the
 * change (regression, recovery, lateral or unchanged). Observed values are floats.
 */
@Experimental
public record VerdictTransition(String pairKey, String family, String thresholdMetric, String beforeVerdict,
                                double beforeObserved, String beforeCommit, String beforePath, String afterVerdict,
                                double afterObserved, String afterCommit, String afterPath,
                                String transitionClass) {
    /** The transition classes. */
    public static final Set<String> CLASSES = Set.of("regression", "recovery", "lateral", "unchanged");

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param pairKey the {@code pair_key} member
     * @param family the {@code family} member
     * @param thresholdMetric the {@code threshold_metric} member
     * @param beforeVerdict the {@code before_verdict} member
     * @param beforeObserved the {@code before_observed} member
     * @param beforeCommit the {@code before_commit} member
     * @param beforePath the {@code before_path} member
     * @param afterVerdict the {@code after_verdict} member
     * @param afterObserved the {@code after_observed} member
     * @param afterCommit the {@code after_commit} member
     * @param afterPath the {@code after_path} member
     * @param transitionClass the {@code transition_class} member
     */
    public VerdictTransition {
        Check.notNull(pairKey, "transition.pair_key");
        Check.notNull(family, "transition.family");
        Check.notNull(thresholdMetric, "transition.threshold_metric");
        Check.notNull(beforeVerdict, "transition.before_verdict");
        Check.notNull(beforeCommit, "transition.before_commit");
        Check.notNull(beforePath, "transition.before_path");
        Check.notNull(afterVerdict, "transition.after_verdict");
        Check.notNull(afterCommit, "transition.after_commit");
        Check.notNull(afterPath, "transition.after_path");
        Check.notNull(transitionClass, "transition.transition_class");
        if (!CLASSES.contains(transitionClass)) {
            throw new IllegalArgumentException("transition.transition_class: must be regression, recovery, lateral "
                    + "or unchanged, got '" + transitionClass + "'");
        }
    }

    /**
     * The reference's classification: same verdict is unchanged; VALIDATED or INCONCLUSIVE to
     * REFUTED is a regression; REFUTED to VALIDATED a recovery; anything else lateral.
     *
     * @param before the verdict before
     * @param after the verdict after
     * @return {@code unchanged}, {@code regression}, {@code recovery} or {@code lateral}
     */
    public static String classify(String before, String after) {
        if (before.equals(after)) {
            return "unchanged";
        }
        if ((before.equals("VALIDATED") || before.equals("INCONCLUSIVE")) && after.equals("REFUTED")) {
            return "regression";
        }
        if (before.equals("REFUTED") && after.equals("VALIDATED")) {
            return "recovery";
        }
        return "lateral";
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("pair_key", pairKey)
                .put("family", family)
                .put("threshold_metric", thresholdMetric)
                .put("before_verdict", beforeVerdict)
                .put("before_observed", beforeObserved)
                .put("before_commit", beforeCommit)
                .put("before_path", beforePath)
                .put("after_verdict", afterVerdict)
                .put("after_observed", afterObserved)
                .put("after_commit", afterCommit)
                .put("after_path", afterPath)
                .put("transition_class", transitionClass)
                .build();
    }

    static VerdictTransition read(Reading r) throws RecordFormatException {
        String pk = r.string("pair_key");
        String fam = r.string("family");
        String metric = r.string("threshold_metric");
        String bv = r.string("before_verdict");
        double bo = r.floatValue("before_observed");
        String bc = r.string("before_commit");
        String bp = r.string("before_path");
        String av = r.string("after_verdict");
        double ao = r.floatValue("after_observed");
        String ac = r.string("after_commit");
        String ap = r.string("after_path");
        String cls = r.string("transition_class");
        r.end();
        return r.build(() -> new VerdictTransition(pk, fam, metric, bv, bo, bc, bp, av, ao, ac, ap, cls));
    }
}
