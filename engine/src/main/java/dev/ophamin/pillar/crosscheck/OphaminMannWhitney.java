package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;
import dev.ophamin.pillar.Ranks;
import dev.ophamin.pillar.Tails;

/** U1 = R1 - n1(n1+1)/2 from average ranks; z = (max(U1, U2) - n1 n2 / 2 - 1/2) / sigma_ties. */
public final class OphaminMannWhitney implements MannWhitney {
    @Override
    public Result compute(double[] a, double[] b) {
        Inputs.sample("mann-whitney sample a", a, 1);
        Inputs.sample("mann-whitney sample b", b, 1);
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        double[] ranks = Ranks.average(all);
        double r1 = 0;
        for (int i = 0; i < a.length; i++) {
            r1 += ranks[i];
        }
        double n1 = a.length;
        double n2 = b.length;
        double n = n1 + n2;
        double u1 = r1 - n1 * (n1 + 1) / 2;
        return new Result(u1, pValue(u1, n1, n2, Ranks.tieCubeSum(all) / (n * (n - 1))));
    }

    static double pValue(double u1, double n1, double n2, double tieTerm) {
        double n = n1 + n2;
        double mu = n1 * n2 / 2;
        double sigma = Math.sqrt(n1 * n2 / 12 * ((n + 1) - tieTerm));
        double u = Math.max(u1, n1 * n2 - u1);
        if (sigma == 0) {
            return 1.0; // every value tied: no evidence either way
        }
        double z = (u - mu - 0.5) / sigma;
        return Math.min(1.0, 2 * Tails.normalUpper(z));
    }

    @Override
    public Library source() {
        return Library.OPHAMIN;
    }
}
