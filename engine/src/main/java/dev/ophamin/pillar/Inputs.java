package dev.ophamin.pillar;

import java.util.List;

/** Argument checks shared by the pillars: each failure is one line naming the argument. */
public final class Inputs {
    private Inputs() {
    }

    /** A non-null array of at least {@code min} finite values. */
    public static double[] sample(String what, double[] xs, int min) {
        if (xs == null) {
            throw new IllegalArgumentException(what + ": missing");
        }
        if (xs.length < min) {
            throw new IllegalArgumentException(what + ": needs at least " + min + " values, got " + xs.length);
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i])) {
                throw new IllegalArgumentException(what + ": value " + i + " is not finite (" + xs[i] + ")");
            }
        }
        return xs;
    }

    /** Two arrays of the same length, each with at least {@code min} finite values. */
    public static void paired(String what, double[] x, double[] y, int min) {
        sample(what + " x", x, min);
        sample(what + " y", y, min);
        if (x.length != y.length) {
            throw new IllegalArgumentException(what + ": x has " + x.length + " values but y has " + y.length);
        }
    }

    /** At least {@code minGroups} groups of at least {@code minEach} finite values. */
    public static void groups(String what, List<double[]> groups, int minGroups, int minEach) {
        if (groups == null || groups.size() < minGroups) {
            throw new IllegalArgumentException(what + ": needs at least " + minGroups + " groups, got "
                    + (groups == null ? 0 : groups.size()));
        }
        for (int g = 0; g < groups.size(); g++) {
            sample(what + " group " + g, groups.get(g), minEach);
        }
    }

    /** A probability strictly inside (0, 1). */
    public static double openUnit(String what, double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(what + ": must be strictly between 0 and 1, got " + p);
        }
        return p;
    }

    /** A p-value in [0, 1]. */
    public static double pValue(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + ": a p-value must be in [0, 1], got " + p);
        }
        return p;
    }

    public static double positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + ": must be a positive finite number, got " + v);
        }
        return v;
    }

    public static double nonNegative(String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + ": must be a non-negative finite number, got " + v);
        }
        return v;
    }
}
