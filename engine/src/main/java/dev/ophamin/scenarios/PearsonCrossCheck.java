package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.crosscheck.CrossChecks;
import dev.ophamin.pillar.crosscheck.PearsonR;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Pearson r (r and two-sided p): Hipparchus vs own vs scipy. */
public final class PearsonCrossCheck extends CrossCheckScenario {
    @Override
    String statistic() {
        return "pearson";
    }

    @Override
    String title() {
        return "Pearson's correlation";
    }

    @Override
    List<String> fields() {
        return List.of("r", "p");
    }

    @Override
    String sweepDescription() {
        return "pairs y = rho x + sqrt(1 - rho^2) e with rho swept over [-0.9, 0.9]";
    }

    @Override
    JsonObject dataset(int i, int n, int size, SplittableRandom rnd) {
        double rho = sweepAt(i, n, -0.9, 0.9);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int k = 0; k < size; k++) {
            x[k] = normal(rnd);
            y[k] = rho * x[k] + Math.sqrt(1 - rho * rho) * normal(rnd);
        }
        return JsonObject.builder().put("x", floats(x)).put("y", floats(y)).build();
    }

    @Override
    List<Impl> implementations() {
        List<Impl> out = new ArrayList<>();
        for (PearsonR c : CrossChecks.pearsonR()) {
            out.add(new Impl(c.label(), c.library(), c.version(), d -> {
                PearsonR.Result r = c.compute(column(d, "x"), column(d, "y"));
                return new double[] {r.r(), r.p()};
            }));
        }
        return out;
    }

    @Override
    String scipyExpression() {
        return "(lambda r: [r.statistic, r.pvalue])(stats.pearsonr(d['x'], d['y']))";
    }
}
