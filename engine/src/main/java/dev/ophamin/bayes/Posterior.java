package dev.ophamin.bayes;

/** A posterior summary: mean, standard deviation and the highest-density interval at {@code mass}. */
public record Posterior(String method, double mean, double sd, double hdiLow, double hdiHigh, double mass) {
    /** The largest absolute difference between two summaries on mean and HDI endpoints. */
    public double maxDifference(Posterior o) {
        return Math.max(Math.abs(mean - o.mean), Math.max(Math.abs(hdiLow - o.hdiLow), Math.abs(hdiHigh - o.hdiHigh)));
    }
}
