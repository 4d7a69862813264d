package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.pillar.crosscheck.Anova;
import dev.ophamin.pillar.crosscheck.CrossChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One-way ANOVA (F and p): Hipparchus vs own vs scipy. */
public final class AnovaCrossCheck extends CrossCheckScenario {
    @Override
    String statistic() {
        return "anova";
    }

    @Override
    String title() {
        return "one-way ANOVA";
    }

    @Override
    List<String> fields() {
        return List.of("f", "p");
    }

    @Override
    String sweepDescription() {
        return "3 to 5 groups of N(mu_g, 1) with the spread of group means swept over [0, 1]";
    }

    @Override
    JsonObject dataset(int i, int n, int size, SplittableRandom rnd) {
        int groups = 3 + i % 3;
        double spread = sweepAt(i, n, 0, 1);
        List<JsonValue> gs = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            double[] xs = new double[size];
            for (int k = 0; k < size; k++) {
                xs[k] = spread * g + normal(rnd);
            }
            gs.add(floats(xs));
        }
        return JsonObject.builder().put("groups", new JsonArray(gs)).build();
    }

    @Override
    List<Impl> implementations() {
        List<Impl> out = new ArrayList<>();
        for (Anova a : CrossChecks.anova()) {
            out.add(new Impl(a.label(), a.library(), a.version(), d -> {
                List<double[]> groups = new ArrayList<>();
                for (JsonValue g : ((JsonArray) d.get("groups")).items()) {
                    groups.add(column(JsonObject.builder().put("g", g).build(), "g"));
                }
                Anova.Result r = a.compute(groups);
                return new double[] {r.f(), r.p()};
            }));
        }
        return out;
    }

    @Override
    String scipyExpression() {
        return "(lambda r: [r.statistic, r.pvalue])(stats.f_oneway(*d['groups']))";
    }
}
