package dev.ophamin.pillar;

import java.util.Arrays;
import java.util.Comparator;

/** Ranks with ties given their average rank (1-based), and the tie sizes. */
public final class Ranks {
    private Ranks() {
    }

    /** The 1-based average ranks of {@code xs}, in the order of {@code xs}. */
    public static double[] average(double[] xs) {
        Integer[] order = sortedOrder(xs);
        double[] ranks = new double[xs.length];
        int i = 0;
        while (i < xs.length) {
            int j = i;
            while (j + 1 < xs.length && xs[order[j + 1]] == xs[order[i]]) {
                j++;
            }
            double avg = (i + j + 2) / 2.0; // positions i..j hold ranks i+1..j+1
            for (int m = i; m <= j; m++) {
                ranks[order[m]] = avg;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Sum over tie groups of (t^3 - t), t the size of each group of equal values. */
    public static double tieCubeSum(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        double sum = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    private static Integer[] sortedOrder(double[] xs) {
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> xs[i]));
        return order;
    }
}
