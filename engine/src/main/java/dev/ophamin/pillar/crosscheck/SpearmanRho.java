package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Backend;

/** Spearman's rank correlation (average ranks for ties), p by the t approximation with n - 2 df. */
public interface SpearmanRho extends Backend {
    record Result(double rho, double p) {
    }

    Result compute(double[] x, double[] y);
}
