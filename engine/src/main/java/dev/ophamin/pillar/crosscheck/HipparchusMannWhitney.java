package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;
import org.hipparchus.stat.inference.MannWhitneyUTest;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * U of the first sample from Hipparchus's average ranking ({@link MannWhitneyUTest#mannWhitneyU}
 * returns max(U1, U2), not U1) and p from {@link MannWhitneyUTest#mannWhitneyUTest(double[], double[], boolean)}
 * in its asymptotic mode.
 */
public final class HipparchusMannWhitney implements MannWhitney {
    private final MannWhitneyUTest test = new MannWhitneyUTest(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    private final NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    @Override
    public Result compute(double[] a, double[] b) {
        Inputs.sample("mann-whitney sample a", a, 1);
        Inputs.sample("mann-whitney sample b", b, 1);
        a = SignedZeros.unsigned(a);
        b = SignedZeros.unsigned(b);
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        double[] ranks = ranking.rank(all);
        double r1 = 0;
        for (int i = 0; i < a.length; i++) {
            r1 += ranks[i];
        }
        double u1 = r1 - a.length * (a.length + 1.0) / 2;
        return new Result(u1, test.mannWhitneyUTest(a, b, false));
    }

    @Override
    public Library source() {
        return Library.HIPPARCHUS;
    }
}
