package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/** Spearman's rho from Hipparchus {@link SpearmansCorrelation}; p from its rank correlation. */
public final class HipparchusSpearmanRho implements SpearmanRho {
    @Override
    public Result compute(double[] x, double[] y) {
        Inputs.paired("spearman", x, y, 3);
        SpearmansCorrelation c = new SpearmansCorrelation(new Array2DRowRealMatrix(
                Columns.of(SignedZeros.unsigned(x), SignedZeros.unsigned(y)), false),
                new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE));
        PearsonR.Result r = HipparchusPearsonR.of(c.getRankCorrelation());
        return new Result(r.r(), r.p());
    }

    @Override
    public Library source() {
        return Library.HIPPARCHUS;
    }
}
