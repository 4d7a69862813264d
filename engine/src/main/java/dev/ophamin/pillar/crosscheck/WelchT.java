package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Backend;

/** Welch's unequal-variance two-sample t-test. */
public interface WelchT extends Backend {
    /** t statistic (mean a minus mean b), Welch-Satterthwaite degrees of freedom, two-sided p. */
    record Result(double t, double df, double p) {
    }

    Result compute(double[] a, double[] b);
}
