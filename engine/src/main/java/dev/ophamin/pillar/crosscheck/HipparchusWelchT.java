package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;
import org.hipparchus.stat.StatUtils;
import org.hipparchus.stat.inference.TTest;

/** Welch's t from Hipparchus {@link TTest} (t, p) and its Welch-Satterthwaite df. */
public final class HipparchusWelchT implements WelchT {
    /** Opens TTest's protected df so the degrees of freedom come from Hipparchus too. */
    private static final class Exposed extends TTest {
        double welchDf(double[] a, double[] b) {
            return df(StatUtils.variance(a), StatUtils.variance(b), a.length, b.length);
        }
    }

    private final Exposed test = new Exposed();

    @Override
    public Result compute(double[] a, double[] b) {
        Inputs.sample("welch-t sample a", a, 2);
        Inputs.sample("welch-t sample b", b, 2);
        if (StatUtils.variance(a) == 0 && StatUtils.variance(b) == 0) {
            throw new IllegalArgumentException("welch-t: both samples have zero variance");
        }
        return new Result(test.t(a, b), test.welchDf(a, b), test.tTest(a, b));
    }

    @Override
    public Library source() {
        return Library.HIPPARCHUS;
    }
}
