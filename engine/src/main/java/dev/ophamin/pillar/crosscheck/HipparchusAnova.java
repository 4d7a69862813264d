package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Library;
import java.util.List;
import org.hipparchus.stat.inference.OneWayAnova;

/** F and p from Hipparchus {@link OneWayAnova}; the degrees of freedom are the group and item counts. */
public final class HipparchusAnova implements Anova {
    private final OneWayAnova anova = new OneWayAnova();

    @Override
    public Result compute(List<double[]> groups) {
        int total = Anova.checkedTotal(groups);
        for (double[] g : groups) {
            if (g.length < 2) {
                // Hipparchus requires two values per group; say so rather than leak its exception
                throw new IllegalArgumentException("anova (hipparchus): every group needs at least 2 values");
            }
        }
        double f = anova.anovaFValue(groups);
        if (Double.isNaN(f)) {
            throw new IllegalArgumentException("anova: every group is constant, F is undefined");
        }
        return new Result(f, groups.size() - 1, total - groups.size(), anova.anovaPValue(groups));
    }

    @Override
    public Library source() {
        return Library.HIPPARCHUS;
    }
}
