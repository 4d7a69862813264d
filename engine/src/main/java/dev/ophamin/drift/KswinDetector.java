package dev.ophamin.drift;

import dev.ophamin.canonical.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

/**
 * KSWIN (Raab, Heusinger and Schleif, "Reactive Soft Prototype Computing for Concept Drift
 * Streams", Neurocomputing 2020): a sliding window of the last {@code window} values; once full,
 * its newest {@code stat_size} values are compared with {@code stat_size} values drawn at random
 * (seeded) from the rest by a two-sample Kolmogorov-Smirnov test, and a change is signalled when
 * the p-value is at most {@code alpha} and the statistic above 0.1; the window then keeps only the
 * newest values.
 */
final class KswinDetector implements StreamDetector {
    private final double alpha;
    private final int window;
    private final int statSize;
    private final long seed;
    private final SplittableRandom random;
    private final ArrayDeque<Double> values = new ArrayDeque<>();
    private final KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
    private double lastP = Double.NaN;
    private double lastD = Double.NaN;

    KswinDetector(Params p, long defaultSeed) {
        alpha = p.real("alpha", 0.005);
        window = p.integer("window", 100, 4);
        statSize = p.integer("stat_size", 30, 2);
        seed = p.whole("seed", defaultSeed);
        p.done();
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("kswin alpha: must be strictly between 0 and 1, got " + alpha);
        }
        if (statSize * 2 > window) {
            throw new IllegalArgumentException("kswin: stat_size must be at most half of window");
        }
        random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return "kswin";
    }

    @Override
    public JsonObject config() {
        return JsonObject.builder().put("alpha", alpha).put("window", (long) window).put("stat_size", (long) statSize)
                .put("seed", seed).build();
    }

    @Override
    public boolean update(double x) {
        values.addLast(x);
        if (values.size() > window) {
            values.removeFirst();
        }
        if (values.size() < window) {
            return false;
        }
        List<Double> w = new ArrayList<>(values);
        int older = window - statSize;
        // statSize distinct positions among the older values (partial Fisher-Yates)
        int[] idx = new int[older];
        for (int i = 0; i < older; i++) {
            idx[i] = i;
        }
        double[] sample = new double[statSize];
        for (int i = 0; i < statSize; i++) {
            int j = i + random.nextInt(older - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            sample[i] = w.get(idx[i]);
        }
        double[] recent = new double[statSize];
        for (int i = 0; i < statSize; i++) {
            recent[i] = w.get(older + i);
        }
        lastD = ks.kolmogorovSmirnovStatistic(sample, recent);
        lastP = ks.kolmogorovSmirnovTest(sample, recent, true);
        if (lastP <= alpha && lastD > 0.1) {
            values.clear();
            for (double r : recent) {
                values.addLast(r);
            }
            return true;
        }
        return false;
    }

    @Override
    public JsonObject detail() {
        return JsonObject.builder().put("ks_statistic", lastD).put("p_value", lastP).build();
    }
}
