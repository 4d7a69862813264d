package dev.ophamin.pillar.sequential;

import dev.ophamin.pillar.Inputs;

/**
 * The mixture SPRT for a normal mean with known sigma (Robbins 1970; Johari et al., "Always valid
 * inference", 2017). H0: mu = theta0; the alternative is mixed over mu ~ N(theta0, tau^2), giving
 * Lambda_n = sqrt(sigma^2 / (sigma^2 + n tau^2)) exp(n^2 tau^2 (xbar_n - theta0)^2 / (2 sigma^2 (sigma^2 + n tau^2))).
 * The always-valid p-value is p_n = min(p_{n-1}, 1 / Lambda_n), p_0 = 1: rejecting when p_n &lt;= alpha
 * keeps the type I error at alpha however often the data are looked at.
 */
public final class MixtureSprt {
    /** The p-value after each observation and the first index where it reached alpha (-1 if never). */
    public record Result(double[] pValues, int rejectedAt, Decision decision) {
        public Result {
            pValues = pValues.clone();
        }

        @Override
        public double[] pValues() {
            return pValues.clone();
        }

        public double finalP() {
            return pValues.length == 0 ? 1.0 : pValues[pValues.length - 1];
        }
    }

    private final double theta0;
    private final double sigma;
    private final double tau;

    public MixtureSprt(double theta0, double sigma, double tau) {
        if (!Double.isFinite(theta0)) {
            throw new IllegalArgumentException("msprt theta0: must be finite, got " + theta0);
        }
        this.theta0 = theta0;
        this.sigma = Inputs.positive("msprt sigma", sigma);
        this.tau = Inputs.positive("msprt tau", tau);
    }

    /** ln Lambda_n for n observations with mean {@code mean}. */
    public double logLikelihoodRatio(long n, double mean) {
        double s2 = sigma * sigma;
        double v = s2 + n * tau * tau;
        double d = mean - theta0;
        return 0.5 * Math.log(s2 / v) + (double) n * n * tau * tau * d * d / (2 * s2 * v);
    }

    /** The always-valid p-value sequence over {@code xs}; the decision is ACCEPT_H1 once p_n &lt;= alpha. */
    public Result run(double[] xs, double alpha) {
        Inputs.openUnit("msprt alpha", alpha);
        double[] p = new double[xs.length];
        double sum = 0;
        double prev = 1.0;
        int rejectedAt = -1;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i])) {
                throw new IllegalArgumentException("msprt: value " + i + " is not finite (" + xs[i] + ")");
            }
            sum += xs[i];
            long n = i + 1;
            prev = Math.min(prev, Math.exp(-logLikelihoodRatio(n, sum / n)));
            p[i] = prev;
            if (rejectedAt < 0 && prev <= alpha) {
                rejectedAt = i;
            }
        }
        return new Result(p, rejectedAt, rejectedAt >= 0 ? Decision.ACCEPT_H1 : Decision.CONTINUE);
    }
}
