package dev.ophamin.pillar.crosscheck;

/** Mean and unbiased variance by two passes (the second pass corrects the mean's rounding). */
public final class Moments {
    private Moments() {
    }

    public static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        double m = s / xs.length;
        double c = 0;
        for (double x : xs) {
            c += x - m;
        }
        return m + c / xs.length;
    }

    public static double variance(double[] xs) {
        double m = mean(xs);
        double ss = 0;
        double c = 0;
        for (double x : xs) {
            double d = x - m;
            ss += d * d;
            c += d;
        }
        return (ss - c * c / xs.length) / (xs.length - 1);
    }
}
