package dev.ophamin.bayes;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * The posterior of a Bernoulli rate under a Beta(a, b) prior after {@code k} successes in
 * {@code n} trials, three independent ways: exact (conjugate Beta, Hipparchus), a grid
 * (normalised density on equally spaced points) and random-walk Metropolis MCMC on the logit.
 */
public final class BetaBinomial {
    private final double a;
    private final double b;
    private final long k;
    private final long n;

    public BetaBinomial(double a, double b, long k, long n) {
        if (!(a > 0 && b > 0) || k < 0 || k > n) {
            throw new IllegalArgumentException("beta-binomial: need a, b > 0 and 0 <= k <= n");
        }
        this.a = a;
        this.b = b;
        this.k = k;
        this.n = n;
    }

    /** Conjugate: Beta(a + k, b + n - k); HDI by minimising the width of intervals of the given mass. */
    public Posterior exact(double mass) {
        BetaDistribution d = new BetaDistribution(a + k, b + n - k);
        double lo = 0;
        double hi = 1 - mass;
        // the width Q(F(l) + mass) - l is unimodal in the lower tail probability: golden-section search
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double x1 = hi - g * (hi - lo);
            double x2 = lo + g * (hi - lo);
            if (width(d, x1, mass) < width(d, x2, mass)) {
                hi = x2;
            } else {
                lo = x1;
            }
        }
        double p = (lo + hi) / 2;
        return new Posterior("exact", d.getNumericalMean(), Math.sqrt(d.getNumericalVariance()),
                d.inverseCumulativeProbability(p), d.inverseCumulativeProbability(p + mass), mass);
    }

    private static double width(BetaDistribution d, double p, double mass) {
        return d.inverseCumulativeProbability(p + mass) - d.inverseCumulativeProbability(p);
    }

    /** Grid of {@code points} midpoints on (0, 1); HDI = the densest points that hold the mass. */
    public Posterior grid(int points, double mass) {
        double[] x = new double[points];
        double[] w = new double[points];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            x[i] = (i + 0.5) / points;
            w[i] = logDensity(x[i]);
            max = Math.max(max, w[i]);
        }
        double total = 0;
        for (int i = 0; i < points; i++) {
            w[i] = Math.exp(w[i] - max);
            total += w[i];
        }
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < points; i++) {
            w[i] /= total;
            mean += w[i] * x[i];
            m2 += w[i] * x[i] * x[i];
        }
        Integer[] order = new Integer[points];
        for (int i = 0; i < points; i++) {
            order[i] = i;
        }
        final double[] ww = w;
        Arrays.sort(order, (i, j) -> Double.compare(ww[j], ww[i]));
        double acc = 0;
        int lo = points;
        int hi = -1;
        for (int i : order) {
            acc += w[i];
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
            if (acc >= mass) {
                break;
            }
        }
        double half = 0.5 / points;
        return new Posterior("grid", mean, Math.sqrt(m2 - mean * mean), x[lo] - half, x[hi] + half, mass);
    }

    /** Random-walk Metropolis on the logit of the rate; shortest interval of the sorted draws holding the mass. */
    public Posterior mcmc(int draws, int burnIn, int thin, long seed, double mass) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double z = 0;
        double lp = logTarget(z);
        double[] kept = new double[draws];
        int accepted = 0;
        for (int i = 0, stored = 0; stored < draws; i++) {
            double cand = z + 0.35 * gaussian(rnd);
            double lc = logTarget(cand);
            if (Math.log(1 - rnd.nextDouble()) < lc - lp) {
                z = cand;
                lp = lc;
                accepted++;
            }
            if (i >= burnIn && (i - burnIn) % thin == 0) {
                kept[stored++] = 1 / (1 + Math.exp(-z));
            }
        }
        return fromDraws("mcmc", kept, mass);
    }

    /** Summary of draws: mean, sd and the shortest interval covering {@code mass} of them. */
    static Posterior fromDraws(String method, double[] draws, double mass) {
        double[] s = draws.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(Double.NaN);
        double var = Arrays.stream(s).map(v -> (v - mean) * (v - mean)).sum() / (s.length - 1);
        int m = (int) Math.ceil(mass * s.length);
        int best = 0;
        for (int i = 0; i + m - 1 < s.length; i++) {
            if (s[i + m - 1] - s[i] < s[best + m - 1] - s[best]) {
                best = i;
            }
        }
        return new Posterior(method, mean, Math.sqrt(var), s[best], s[best + m - 1], mass);
    }

    private double logDensity(double p) {
        return (a + k - 1) * Math.log(p) + (b + n - k - 1) * Math.log1p(-p);
    }

    // density of z = logit(p): the Beta density times the Jacobian p (1 - p)
    private double logTarget(double z) {
        double p = 1 / (1 + Math.exp(-z));
        return logDensity(p) + Math.log(p) + Math.log1p(-p);
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
