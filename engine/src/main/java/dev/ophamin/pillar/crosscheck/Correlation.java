package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Tails;

/** Own Pearson correlation and its t-based p-value, shared by the Pearson and Spearman pillars. */
final class Correlation {
    private Correlation() {
    }

    static double r(double[] x, double[] y) {
        double mx = Moments.mean(x);
        double my = Moments.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            throw new IllegalArgumentException("correlation: a variable is constant, r is undefined");
        }
        return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
    }

    /** Two-sided p of r under independence: t = r sqrt((n - 2) / (1 - r^2)) with n - 2 df. */
    static double p(double r, int n) {
        if (Math.abs(r) == 1.0) {
            return 0.0;
        }
        double df = n - 2;
        double t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
        return Tails.tTwoSided(t, df);
    }
}
