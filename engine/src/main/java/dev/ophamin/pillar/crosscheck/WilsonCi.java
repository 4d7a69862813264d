package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Backend;
import dev.ophamin.pillar.Inputs;
import org.hipparchus.distribution.continuous.NormalDistribution;

/** The Wilson score interval for a binomial proportion. */
public interface WilsonCi extends Backend {
    record Interval(double lower, double upper) {
    }

    /** Two-sided interval at {@code confidence} (e.g. 0.95) for {@code successes} of {@code trials}. */
    Interval compute(long successes, long trials, double confidence);

    /** Checks the arguments and returns the two-sided standard-normal quantile z. */
    static double checkedZ(long successes, long trials, double confidence) {
        if (trials < 1) {
            throw new IllegalArgumentException("wilson-ci: trials must be at least 1, got " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "wilson-ci: successes must be in [0, " + trials + "], got " + successes);
        }
        Inputs.openUnit("wilson-ci confidence", confidence);
        return new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }
}
