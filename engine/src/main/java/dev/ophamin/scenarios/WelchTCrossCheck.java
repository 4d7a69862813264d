package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.crosscheck.CrossChecks;
import dev.ophamin.pillar.crosscheck.WelchT;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Welch's t (t and two-sided p): Hipparchus vs own vs scipy. */
public final class WelchTCrossCheck extends CrossCheckScenario {
    @Override
    String statistic() {
        return "welch-t";
    }

    @Override
    String title() {
        return "Welch's t-test";
    }

    @Override
    List<String> fields() {
        return List.of("t", "p");
    }

    @Override
    String sweepDescription() {
        return "pairs x ~ N(0, 1), y ~ N(delta, ratio^2) with delta swept over [-1, 1] and ratio over [0.5, 2]";
    }

    @Override
    JsonObject dataset(int i, int n, int size, SplittableRandom rnd) {
        double delta = sweepAt(i, n, -1, 1);
        double ratio = sweepAt((i * 7) % n, n, 0.5, 2.0);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int k = 0; k < size; k++) {
            x[k] = normal(rnd);
            y[k] = delta + ratio * normal(rnd);
        }
        return JsonObject.builder().put("a", floats(x)).put("b", floats(y)).build();
    }

    @Override
    List<Impl> implementations() {
        List<Impl> out = new ArrayList<>();
        for (WelchT w : CrossChecks.welchT()) {
            out.add(new Impl(w.label(), w.library(), w.version(), d -> {
                WelchT.Result r = w.compute(column(d, "a"), column(d, "b"));
                return new double[] {r.t(), r.p()};
            }));
        }
        return out;
    }

    @Override
    String scipyExpression() {
        return "(lambda r: [r.statistic, r.pvalue])(stats.ttest_ind(d['a'], d['b'], equal_var=False))";
    }
}
