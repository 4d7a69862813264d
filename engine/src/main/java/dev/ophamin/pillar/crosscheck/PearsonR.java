package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Backend;

/** Pearson's product-moment correlation with its two-sided p (t with n - 2 df). */
public interface PearsonR extends Backend {
    record Result(double r, double p) {
    }

    Result compute(double[] x, double[] y);
}
