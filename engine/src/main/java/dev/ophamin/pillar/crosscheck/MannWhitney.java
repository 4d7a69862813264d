package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Backend;

/**
 * The Mann-Whitney U test: U of the first sample and the two-sided p from the tie-corrected normal
 * approximation with continuity correction (scipy's method='asymptotic', use_continuity=True).
 */
public interface MannWhitney extends Backend {
    record Result(double u, double p) {
    }

    Result compute(double[] a, double[] b);
}
