package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;
import dev.ophamin.pillar.Tails;

/** Welch's t from the textbook formulas; p through the regularized incomplete beta. */
public final class OphaminWelchT implements WelchT {
    @Override
    public Result compute(double[] a, double[] b) {
        Inputs.sample("welch-t sample a", a, 2);
        Inputs.sample("welch-t sample b", b, 2);
        double sa = Moments.variance(a) / a.length;
        double sb = Moments.variance(b) / b.length;
        double se2 = sa + sb;
        if (se2 == 0) {
            throw new IllegalArgumentException("welch-t: both samples have zero variance");
        }
        double t = (Moments.mean(a) - Moments.mean(b)) / Math.sqrt(se2);
        double df = se2 * se2 / (sa * sa / (a.length - 1) + sb * sb / (b.length - 1));
        return new Result(t, df, Tails.tTwoSided(t, df));
    }

    @Override
    public Library source() {
        return Library.OPHAMIN;
    }
}
