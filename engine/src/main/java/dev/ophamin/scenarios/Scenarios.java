package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Evidence;
import org.hipparchus.stat.descriptive.rank.Percentile;

/** Small shared helpers for the built-in scenarios. */
final class Scenarios {
    static final String HIPPARCHUS_VERSION = "4.0.2";

    private Scenarios() {
    }

    static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return xs.length == 0 ? Double.NaN : s / xs.length;
    }

    /** The p-th percentile (0..100), Hipparchus's default estimator. */
    static double percentile(double[] xs, double p) {
        return xs.length == 0 ? Double.NaN : new Percentile(p).evaluate(xs);
    }

    /** Evidence computed by the engine itself with plain arithmetic. */
    static Evidence.Builder own(String pillar, String statistic, double value) {
        return Evidence.builder().pillar(pillar).statistic(statistic, value).library("ophamin", dev.ophamin.build.BuildInfo.engine());
    }

    /** Builds the per-run detail object. */
    static JsonObject.Builder detail() {
        return JsonObject.builder();
    }
}
