package dev.ophamin.pillar.crosscheck;

/**
 * Hipparchus's NaturalRanking orders -0.0 below 0.0 (Double.compare), so it would not treat them as
 * a tie; numerically they are equal, as scipy and our own ranking treat them.
 */
final class SignedZeros {
    private SignedZeros() {
    }

    /** A copy with every -0.0 replaced by 0.0 (adding 0.0 does exactly that). */
    static double[] unsigned(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i] + 0.0;
        }
        return out;
    }
}
