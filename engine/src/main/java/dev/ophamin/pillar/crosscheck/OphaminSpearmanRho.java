package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;
import dev.ophamin.pillar.Ranks;

/** Spearman's rho as Pearson's r of the average ranks. */
public final class OphaminSpearmanRho implements SpearmanRho {
    @Override
    public Result compute(double[] x, double[] y) {
        Inputs.paired("spearman", x, y, 3);
        double rho = Correlation.r(Ranks.average(x), Ranks.average(y));
        return new Result(rho, Correlation.p(rho, x.length));
    }

    @Override
    public Library source() {
        return Library.OPHAMIN;
    }
}
