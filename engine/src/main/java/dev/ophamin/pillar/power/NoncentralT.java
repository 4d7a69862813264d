package dev.ophamin.pillar.power;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * The noncentral t distribution's CDF by Lenth's series (Applied Statistics algorithm AS 243,
 * 1989): a Poisson mixture of incomplete beta functions, summed until the error bound drops
 * below 1e-15. Hipparchus has no noncentral t.
 */
public final class NoncentralT {
    private static final double ERROR_MAX = 1e-15;
    private static final int ITERATIONS_MAX = 10_000;

    private NoncentralT() {
    }

    /** P(T &lt;= t) for T noncentral t with {@code df} degrees of freedom and noncentrality {@code delta}. */
    public static double cdf(double t, double df, double delta) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("noncentral t: df must be positive, got " + df);
        }
        boolean negative = t < 0;
        double tt = negative ? -t : t;
        double del = negative ? -delta : delta;
        double x = tt * tt / (tt * tt + df);
        double sum = 0;
        if (x > 0) {
            double lambda = del * del;
            double p = 0.5 * Math.exp(-0.5 * lambda);
            double q = Math.sqrt(2 / Math.PI) * p * del;
            double s = 0.5 - p;
            double a = 0.5;
            double b = 0.5 * df;
            double rxb = Math.pow(1 - x, b);
            double logBeta = Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
            double xodd = Beta.regularizedBeta(x, a, b);
            double godd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
            double xeven = 1 - rxb;
            double geven = b * x * rxb;
            sum = p * xodd + q * xeven;
            for (int en = 1; en <= ITERATIONS_MAX; en++) {
                a += 1;
                xodd -= godd;
                xeven -= geven;
                godd *= x * (a + b - 1) / a;
                geven *= x * (a + b - 0.5) / (a + 0.5);
                p *= lambda / (2 * en);
                q *= lambda / (2 * en + 1);
                s -= p;
                sum += p * xodd + q * xeven;
                if (2 * s * (xodd - godd) <= ERROR_MAX) {
                    break;
                }
            }
        }
        sum += 0.5 * Erf.erfc(del / Math.sqrt(2)); // Phi(-del)
        sum = Math.max(0, Math.min(1, sum));
        return negative ? 1 - sum : sum;
    }
}
