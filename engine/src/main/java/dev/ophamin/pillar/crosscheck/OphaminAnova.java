package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Library;
import dev.ophamin.pillar.Tails;
import java.util.List;

/** F = (SS between / (k - 1)) / (SS within / (N - k)); p is the F upper tail via the incomplete beta. */
public final class OphaminAnova implements Anova {
    @Override
    public Result compute(List<double[]> groups) {
        int total = Anova.checkedTotal(groups);
        double[] all = new double[total];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, at, g.length);
            at += g.length;
        }
        double grand = Moments.mean(all);
        double between = 0;
        double within = 0;
        for (double[] g : groups) {
            double m = Moments.mean(g);
            between += g.length * (m - grand) * (m - grand);
            for (double x : g) {
                within += (x - m) * (x - m);
            }
        }
        int d1 = groups.size() - 1;
        int d2 = total - groups.size();
        if (within == 0) {
            throw new IllegalArgumentException("anova: every group is constant, F is undefined");
        }
        double f = (between / d1) / (within / d2);
        return new Result(f, d1, d2, Tails.fUpper(f, d1, d2));
    }

    @Override
    public Library source() {
        return Library.OPHAMIN;
    }
}
