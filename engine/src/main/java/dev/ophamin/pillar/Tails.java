package dev.ophamin.pillar;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;

/**
 * Upper-tail probabilities written through the regularized incomplete beta function so that
 * small p-values keep their relative precision (1 - cdf would round them to 0).
 */
public final class Tails {
    private Tails() {
    }

    /** P(|T| >= |t|) for Student's t with {@code df} degrees of freedom. */
    public static double tTwoSided(double t, double df) {
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return Math.min(1.0, Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5));
    }

    /** P(F >= f) for the F distribution with (d1, d2) degrees of freedom. */
    public static double fUpper(double f, double d1, double d2) {
        if (f <= 0) {
            return 1.0;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2.0, d1 / 2.0);
    }

    /** P(Z >= z) for the standard normal. */
    public static double normalUpper(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2.0));
    }
}
