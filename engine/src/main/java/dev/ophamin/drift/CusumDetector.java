package dev.ophamin.drift;

import dev.ophamin.canonical.JsonObject;

/**
 * Two-sided tabular CUSUM (Page 1954, in the form of Montgomery's Introduction to Statistical
 * Quality Control): the in-control mean mu and deviation sigma are estimated from the first
 * {@code warmup} values; then S+ = max(0, S+ + x - mu - k sigma) and S- = max(0, S- + mu - x -
 * k sigma), and a change is signalled when either exceeds h sigma. After a signal the detector
 * learns a new baseline from the next {@code warmup} values.
 */
final class CusumDetector implements StreamDetector {
    private final int warmup;
    private final double k;
    private final double h;
    private long n;
    private double mean;
    private double m2;
    private double sigma;
    private double hi;
    private double lo;
    private String direction = "";
    private double baseline;

    CusumDetector(Params p) {
        warmup = p.integer("warmup", 30, 2);
        k = p.real("k", 0.5);
        h = p.real("h", 5.0);
        p.done();
        if (!(k >= 0) || !(h > 0)) {
            throw new IllegalArgumentException("cusum: k must be >= 0 and h > 0");
        }
    }

    @Override
    public String name() {
        return "cusum";
    }

    @Override
    public JsonObject config() {
        return JsonObject.builder().put("warmup", (long) warmup).put("k", k).put("h", h).build();
    }

    @Override
    public boolean update(double x) {
        if (n < warmup) {
            n++;
            double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
            if (n == warmup) {
                // a constant warm-up has no spread; any later change is then a change
                sigma = Math.max(Math.sqrt(m2 / (n - 1)), 1e-12);
            }
            return false;
        }
        hi = Math.max(0, hi + x - mean - k * sigma);
        lo = Math.max(0, lo + mean - x - k * sigma);
        if (hi > h * sigma || lo > h * sigma) {
            direction = hi > h * sigma ? "up" : "down";
            baseline = mean;
            n = 0;
            mean = 0;
            m2 = 0;
            hi = 0;
            lo = 0;
            return true;
        }
        return false;
    }

    @Override
    public JsonObject detail() {
        return JsonObject.builder().put("direction", direction).put("baseline_mean", baseline).build();
    }
}
