package dev.ophamin.pillar.srm;

import org.hipparchus.stat.inference.ChiSquareTest;

/**
 * Sample-ratio mismatch: Pearson's chi-square goodness of fit of observed arm counts against the
 * intended allocation ratios, by Hipparchus {@link ChiSquareTest} (expected = ratio share of the total).
 */
public final class SampleRatioMismatch {
    /** Chi-square statistic, degrees of freedom (arms - 1) and upper-tail p. */
    public record Result(double statistic, int df, double p) {
        /** True when p is below {@code alpha}: the split is not what was intended. */
        public boolean mismatch(double alpha) {
            return p < alpha;
        }
    }

    private SampleRatioMismatch() {
    }

    /** Tests {@code observed} counts against {@code ratios} (any positive weights, e.g. 1:1 or 0.2, 0.8). */
    public static Result test(long[] observed, double[] ratios) {
        if (observed == null || ratios == null || observed.length < 2) {
            throw new IllegalArgumentException("sample-ratio: needs at least two arms");
        }
        if (observed.length != ratios.length) {
            throw new IllegalArgumentException("sample-ratio: " + observed.length + " counts but "
                    + ratios.length + " ratios");
        }
        long total = 0;
        double weight = 0;
        for (int i = 0; i < observed.length; i++) {
            if (observed[i] < 0) {
                throw new IllegalArgumentException("sample-ratio: count " + i + " is negative (" + observed[i] + ")");
            }
            if (!(ratios[i] > 0) || !Double.isFinite(ratios[i])) {
                throw new IllegalArgumentException("sample-ratio: ratio " + i + " must be positive, got " + ratios[i]);
            }
            total += observed[i];
            weight += ratios[i];
        }
        if (total == 0) {
            throw new IllegalArgumentException("sample-ratio: every count is zero");
        }
        double[] expected = new double[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            expected[i] = ratios[i] / weight * total;
        }
        ChiSquareTest test = new ChiSquareTest();
        return new Result(test.chiSquare(expected, observed), observed.length - 1,
                test.chiSquareTest(expected, observed));
    }
}
