package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Library;

/**
 * Wilson's interval as the set of proportions pi the score test does not reject,
 * |p - pi| &lt;= z sqrt(pi (1 - pi) / n), with each end found by bisection; it shares no algebra
 * with the closed form, so the two check each other.
 */
public final class BisectionWilsonCi implements WilsonCi {
    @Override
    public Interval compute(long successes, long trials, double confidence) {
        double z = WilsonCi.checkedZ(successes, trials, confidence);
        double n = trials;
        double p = successes / n;
        double lower = successes == 0 ? 0.0 : root(p, n, z, 0.0, p);
        double upper = successes == trials ? 1.0 : root(p, n, z, p, 1.0);
        return new Interval(lower, upper);
    }

    /** The sign change of (p - pi)^2 - z^2 pi (1 - pi) / n between lo and hi. */
    private static double root(double p, double n, double z, double lo, double hi) {
        boolean lowPositive = excess(p, n, z, lo) > 0;
        for (int i = 0; i < 2000 && lo < hi; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid == lo || mid == hi) {
                break;
            }
            if ((excess(p, n, z, mid) > 0) == lowPositive) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }

    private static double excess(double p, double n, double z, double pi) {
        double d = p - pi;
        return d * d - z * z * pi * (1 - pi) / n;
    }

    @Override
    public Library source() {
        return Library.OPHAMIN;
    }

    @Override
    public String label() {
        return "ophamin-bisection";
    }
}
