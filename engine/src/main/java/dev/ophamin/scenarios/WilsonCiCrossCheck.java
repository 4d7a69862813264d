package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.crosscheck.CrossChecks;
import dev.ophamin.pillar.crosscheck.WilsonCi;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Wilson score interval (95%): closed form vs score-test bisection vs scipy. */
public final class WilsonCiCrossCheck extends CrossCheckScenario {
    @Override
    String statistic() {
        return "wilson-ci";
    }

    @Override
    String title() {
        return "the Wilson score interval";
    }

    @Override
    List<String> fields() {
        return List.of("lower", "upper");
    }

    @Override
    String sweepDescription() {
        return "binomial counts k of n = size * (1 + i mod 4) trials with the rate swept over [0, 1] (both ends included)";
    }

    @Override
    JsonObject dataset(int i, int n, int size, SplittableRandom rnd) {
        long trials = (long) size * (1 + i % 4);
        double rate = sweepAt(i, n, 0, 1);
        long k = 0;
        for (long t = 0; t < trials; t++) {
            if (rnd.nextDouble() < rate) {
                k++;
            }
        }
        return JsonObject.builder().put("k", k).put("n", trials).build();
    }

    @Override
    List<Impl> implementations() {
        List<Impl> out = new ArrayList<>();
        for (WilsonCi w : CrossChecks.wilsonCi()) {
            out.add(new Impl(w.label(), w.library(), w.version(), d -> {
                long k = ((dev.ophamin.canonical.JsonInt) d.get("k")).bigValue().longValueExact();
                long n = ((dev.ophamin.canonical.JsonInt) d.get("n")).bigValue().longValueExact();
                WilsonCi.Interval r = w.compute(k, n, 0.95);
                return new double[] {r.lower(), r.upper()};
            }));
        }
        return out;
    }

    @Override
    String scipyExpression() {
        return "(lambda ci: [ci.low, ci.high])(stats.binomtest(d['k'], d['n']).proportion_ci(0.95, method='wilson'))";
    }
}
