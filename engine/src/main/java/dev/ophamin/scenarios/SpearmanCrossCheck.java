package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.crosscheck.CrossChecks;
import dev.ophamin.pillar.crosscheck.SpearmanRho;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Spearman rho (rho and two-sided p, with ties): Hipparchus vs own vs scipy. */
public final class SpearmanCrossCheck extends CrossCheckScenario {
    @Override
    String statistic() {
        return "spearman";
    }

    @Override
    String title() {
        return "Spearman's rank correlation";
    }

    @Override
    List<String> fields() {
        return List.of("rho", "p");
    }

    @Override
    String sweepDescription() {
        return "monotone pairs with rho swept over [-0.9, 0.9]; every third dataset rounded to one decimal to create ties";
    }

    @Override
    JsonObject dataset(int i, int n, int size, SplittableRandom rnd) {
        double rho = sweepAt(i, n, -0.9, 0.9);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int k = 0; k < size; k++) {
            x[k] = normal(rnd);
            y[k] = Math.exp(rho * x[k] + Math.sqrt(1 - rho * rho) * normal(rnd));
            if (i % 3 == 0) {
                x[k] = Math.round(x[k] * 10) / 10.0;
                y[k] = Math.round(y[k] * 10) / 10.0;
            }
        }
        return JsonObject.builder().put("x", floats(x)).put("y", floats(y)).build();
    }

    @Override
    List<Impl> implementations() {
        List<Impl> out = new ArrayList<>();
        for (SpearmanRho c : CrossChecks.spearmanRho()) {
            out.add(new Impl(c.label(), c.library(), c.version(), d -> {
                SpearmanRho.Result r = c.compute(column(d, "x"), column(d, "y"));
                return new double[] {r.rho(), r.p()};
            }));
        }
        return out;
    }

    @Override
    String scipyExpression() {
        return "(lambda r: [r.statistic, r.pvalue])(stats.spearmanr(d['x'], d['y']))";
    }
}
