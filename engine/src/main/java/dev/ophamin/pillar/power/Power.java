package dev.ophamin.pillar.power;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Tails;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Two-sided power and minimum detectable effect, as statsmodels' TTestIndPower and NormalIndPower:
 * <ul>
 * <li>two-sample t-test, Cohen's d, n1 and n2 = ratio n1: df = n1 + n2 - 2, noncentrality
 * d sqrt(n1 n2 / (n1 + n2)), power = P(T' > c) + P(T' &lt; -c) with c the t quantile 1 - alpha/2;</li>
 * <li>one-sample proportion z-test against p0, effect as Cohen's h = 2 asin sqrt(p1) - 2 asin sqrt(p0):
 * power = Phi(|h| sqrt(n) - z) + Phi(-|h| sqrt(n) - z).</li>
 * </ul>
 * The minimum detectable effect is the effect whose power equals the target, found by bisection.
 */
public final class Power {
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private Power() {
    }

    /** Power of the two-sided two-sample t-test. */
    public static double tTest(double cohensD, double n1, double ratio, double alpha) {
        check(n1, ratio, alpha);
        double n2 = n1 * ratio;
        double df = n1 + n2 - 2;
        double nc = cohensD * Math.sqrt(n1 * n2 / (n1 + n2));
        double c = tQuantileUpper(alpha / 2, df);
        return (1 - NoncentralT.cdf(c, df, nc)) + NoncentralT.cdf(-c, df, nc);
    }

    /** The smallest positive Cohen's d the two-sample t-test detects with probability {@code power}. */
    public static double tTestMinimumEffect(double n1, double ratio, double alpha, double power) {
        check(n1, ratio, alpha);
        Inputs.openUnit("power target", power);
        return solve(d -> tTest(d, n1, ratio, alpha), power, alpha);
    }

    /** Power of the two-sided one-sample proportion z-test for Cohen's h. */
    public static double proportion(double cohensH, double n, double alpha) {
        Inputs.positive("power n", n);
        Inputs.openUnit("power alpha", alpha);
        double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        double shift = Math.abs(cohensH) * Math.sqrt(n);
        return Tails.normalUpper(z - shift) + Tails.normalUpper(z + shift);
    }

    /** Cohen's h between proportions p1 and p0. */
    public static double cohensH(double p1, double p0) {
        if (!(p0 >= 0 && p0 <= 1 && p1 >= 0 && p1 <= 1)) {
            throw new IllegalArgumentException("cohen's h: proportions must be in [0, 1], got " + p1 + " and " + p0);
        }
        return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p0));
    }

    /** The smallest positive Cohen's h the proportion test detects with probability {@code power}. */
    public static double proportionMinimumEffect(double n, double alpha, double power) {
        Inputs.openUnit("power target", power);
        return solve(h -> proportion(h, n, alpha), power, alpha);
    }

    /** The proportion above p0 that lies Cohen's h away (capped at 1). */
    public static double proportionAbove(double p0, double h) {
        double angle = Math.asin(Math.sqrt(p0)) + h / 2;
        return angle >= Math.PI / 2 ? 1.0 : Math.pow(Math.sin(angle), 2);
    }

    private static void check(double n1, double ratio, double alpha) {
        Inputs.positive("power n1", n1);
        Inputs.positive("power ratio", ratio);
        Inputs.openUnit("power alpha", alpha);
        if (n1 + n1 * ratio <= 2) {
            throw new IllegalArgumentException("power: needs more than 2 observations in total, got " + (n1 + n1 * ratio));
        }
    }

    /** Bisection for the effect at which the (increasing) power curve reaches {@code target}. */
    private static double solve(DoubleUnaryOperator powerOf, double target, double alpha) {
        if (target <= alpha) {
            throw new IllegalArgumentException("power target: must exceed alpha " + alpha + ", got " + target);
        }
        double lo = 0;
        double hi = 1;
        while (powerOf.applyAsDouble(hi) < target) {
            hi *= 2;
            if (hi > 1e6) {
                throw new IllegalArgumentException("power: no effect reaches power " + target);
            }
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (powerOf.applyAsDouble(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The upper-tail t quantile: Hipparchus's estimate, polished by Newton on the exact tail. */
    static double tQuantileUpper(double upperTail, double df) {
        TDistribution t = new TDistribution(df);
        double c = t.inverseCumulativeProbability(1 - upperTail);
        for (int i = 0; i < 8; i++) {
            double err = Tails.tTwoSided(c, df) / 2 - upperTail;
            double step = err / t.density(c);
            c += step;
            if (Math.abs(step) <= 1e-15 * Math.abs(c)) {
                break;
            }
        }
        return c;
    }
}
