package dev.ophamin.pillar.sequential;

import dev.ophamin.pillar.Inputs;

/**
 * Wald's sequential probability ratio test for Bernoulli data, H0: p = p0 against H1: p = p1.
 * The log-likelihood ratio grows by ln(p1/p0) per success and ln((1-p1)/(1-p0)) per failure;
 * the test stops at ln A = ln((1 - beta)/alpha) (accept H1) or ln B = ln(beta/(1 - alpha)) (accept H0).
 */
public final class WaldSprt {
    /** The outcome: decision, the 0-based index of the deciding observation (-1 if none), final LLR. */
    public record Result(Decision decision, int index, double logLikelihoodRatio, double logA, double logB) {
    }

    private final double p0;
    private final double p1;
    private final double logA;
    private final double logB;

    public WaldSprt(double p0, double p1, double alpha, double beta) {
        Inputs.openUnit("sprt p0", p0);
        Inputs.openUnit("sprt p1", p1);
        Inputs.openUnit("sprt alpha", alpha);
        Inputs.openUnit("sprt beta", beta);
        if (p0 == p1) {
            throw new IllegalArgumentException("sprt: p0 and p1 must differ, both are " + p0);
        }
        if (alpha + beta >= 1) {
            throw new IllegalArgumentException("sprt: alpha + beta must be below 1, got " + (alpha + beta));
        }
        this.p0 = p0;
        this.p1 = p1;
        this.logA = Math.log((1 - beta) / alpha);
        this.logB = Math.log(beta / (1 - alpha));
    }

    /** Runs over the outcomes (true = success) and stops at the first boundary crossed. */
    public Result run(boolean[] outcomes) {
        double success = Math.log(p1 / p0);
        double failure = Math.log((1 - p1) / (1 - p0));
        double llr = 0;
        for (int i = 0; i < outcomes.length; i++) {
            llr += outcomes[i] ? success : failure;
            if (llr >= logA) {
                return new Result(Decision.ACCEPT_H1, i, llr, logA, logB);
            }
            if (llr <= logB) {
                return new Result(Decision.ACCEPT_H0, i, llr, logA, logB);
            }
        }
        return new Result(Decision.CONTINUE, -1, llr, logA, logB);
    }
}
