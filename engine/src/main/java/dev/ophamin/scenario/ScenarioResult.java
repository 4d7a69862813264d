package dev.ophamin.scenario;

import dev.ophamin.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * A scenario's read of its run: the observed value the threshold is applied to, the evidence, the
 * number of cycles, and — when the run could not decide — why the verdict must be INCONCLUSIVE.
 */
public record ScenarioResult(double observedValue, List<Evidence> evidence, long cycles, String inconclusiveReason) {
    public ScenarioResult {
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a scenario result needs at least one piece of evidence");
        }
        if (!Double.isFinite(observedValue) && inconclusiveReason == null) {
            throw new IllegalArgumentException("observed value " + observedValue + " is not finite; report INCONCLUSIVE");
        }
    }

    /** A decided result: the verdict follows from the threshold. */
    public static ScenarioResult of(double observed, List<Evidence> evidence, long cycles) {
        return new ScenarioResult(observed, evidence, cycles, null);
    }

    /** A result that cannot decide the claim (never a made-up number). */
    public static ScenarioResult inconclusive(double observed, List<Evidence> evidence, long cycles, String reason) {
        return new ScenarioResult(observed, evidence, cycles, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isInconclusive() {
        return inconclusiveReason != null;
    }
}
