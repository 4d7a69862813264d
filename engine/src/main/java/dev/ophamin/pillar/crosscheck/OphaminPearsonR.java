package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;

/** Pearson's r by centred sums of products; p through the incomplete beta. */
public final class OphaminPearsonR implements PearsonR {
    @Override
    public Result compute(double[] x, double[] y) {
        Inputs.paired("pearson", x, y, 3);
        double r = Correlation.r(x, y);
        return new Result(r, Correlation.p(r, x.length));
    }

    @Override
    public Library source() {
        return Library.OPHAMIN;
    }
}
