package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Backend;
import java.util.List;

/** One-way analysis of variance across two or more groups. */
public interface Anova extends Backend {
    record Result(double f, int dfBetween, int dfWithin, double p) {
    }

    Result compute(List<double[]> groups);

    /** Shared argument check: k >= 2 groups, each non-empty, and N > k. */
    static int checkedTotal(List<double[]> groups) {
        dev.ophamin.pillar.Inputs.groups("anova", groups, 2, 1);
        int total = 0;
        for (double[] g : groups) {
            total += g.length;
        }
        if (total <= groups.size()) {
            throw new IllegalArgumentException("anova: needs more observations than groups, got " + total
                    + " observations in " + groups.size() + " groups");
        }
        return total;
    }
}
