package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.crosscheck.CrossChecks;
import dev.ophamin.pillar.crosscheck.MannWhitney;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Mann-Whitney U (U and asymptotic two-sided p with continuity correction): Hipparchus vs own vs scipy. */
public final class MannWhitneyCrossCheck extends CrossCheckScenario {
    @Override
    String statistic() {
        return "mann-whitney";
    }

    @Override
    String title() {
        return "the Mann-Whitney U test";
    }

    @Override
    List<String> fields() {
        return List.of("u", "p");
    }

    @Override
    String sweepDescription() {
        return "two samples of N(0,1) and N(delta,1) with delta swept over [-1, 1]; every other dataset rounded to create ties";
    }

    @Override
    JsonObject dataset(int i, int n, int size, SplittableRandom rnd) {
        double delta = sweepAt(i, n, -1, 1);
        double[] a = new double[size];
        double[] b = new double[size];
        for (int k = 0; k < size; k++) {
            a[k] = normal(rnd);
            b[k] = delta + normal(rnd);
            if (i % 2 == 0) {
                a[k] = Math.round(a[k] * 4) / 4.0;
                b[k] = Math.round(b[k] * 4) / 4.0;
            }
        }
        return JsonObject.builder().put("a", floats(a)).put("b", floats(b)).build();
    }

    @Override
    List<Impl> implementations() {
        List<Impl> out = new ArrayList<>();
        for (MannWhitney m : CrossChecks.mannWhitney()) {
            out.add(new Impl(m.label(), m.library(), m.version(), d -> {
                MannWhitney.Result r = m.compute(column(d, "a"), column(d, "b"));
                return new double[] {r.u(), r.p()};
            }));
        }
        return out;
    }

    @Override
    String scipyExpression() {
        return "(lambda r: [r.statistic, r.pvalue])(stats.mannwhitneyu(d['a'], d['b'], alternative='two-sided', "
                + "method='asymptotic', use_continuity=True))";
    }
}
