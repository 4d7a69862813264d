package dev.ophamin.pillar.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * ADWIN2 (Bifet and Gavalda, "Learning from time-changing data with adaptive windowing", SDM 2007):
 * a window of recent values kept as an exponential histogram (at most {@code maxBuckets} buckets
 * of each size 2^i); after every value, each split of the window into an older part W0 and a newer
 * part W1 at a bucket boundary is tested, and while some split has
 * |mean W0 - mean W1| > eps_cut the oldest bucket is dropped. The bound is the paper's
 * variance-based one: with m = 1 / (1/n0 + 1/n1), delta' = delta / n and sigma^2 the window's
 * variance, eps_cut = sqrt(2/m sigma^2 ln(2/delta')) + 2/(3m) ln(2/delta').
 * Mutable and not thread-safe: one detector per stream.
 */
public final class Adwin {
    /** Buckets per size before two are merged (the paper's M). */
    public static final int DEFAULT_MAX_BUCKETS = 5;

    private final double delta;
    private final int maxBuckets;
    /** Oldest first; sizes are non-increasing from oldest to newest. */
    private final List<Bucket> buckets = new ArrayList<>();
    private final List<Integer> detections = new ArrayList<>();
    private long seen;

    private record Bucket(int level, long count, double sum, double m2) {
        static Bucket merge(Bucket older, Bucket newer) {
            long n = older.count + newer.count;
            double d = older.sum / older.count - newer.sum / newer.count;
            double m2 = older.m2 + newer.m2 + (double) older.count * newer.count / n * d * d;
            return new Bucket(older.level + 1, n, older.sum + newer.sum, m2);
        }
    }

    public Adwin(double delta) {
        this(delta, DEFAULT_MAX_BUCKETS);
    }

    public Adwin(double delta, int maxBuckets) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("adwin delta: must be strictly between 0 and 1, got " + delta);
        }
        if (maxBuckets < 2) {
            throw new IllegalArgumentException("adwin max buckets: must be at least 2, got " + maxBuckets);
        }
        this.delta = delta;
        this.maxBuckets = maxBuckets;
    }

    /** Runs a fresh detector over {@code xs} and returns the indices at which it cut its window. */
    public static List<Integer> detect(double[] xs, double delta) {
        Adwin a = new Adwin(delta);
        for (double x : xs) {
            a.add(x);
        }
        return a.detections();
    }

    /** Adds one value; true when the window was cut (a change was detected at this value). */
    public boolean add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("adwin: value " + seen + " is not finite (" + x + ")");
        }
        buckets.add(new Bucket(0, 1, x, 0));
        compress();
        boolean cut = false;
        while (buckets.size() > 1 && splitExceedsBound()) {
            buckets.remove(0);
            cut = true;
        }
        if (cut) {
            detections.add((int) seen);
        }
        seen++;
        return cut;
    }

    private void compress() {
        for (int level = 0;; level++) {
            int first = -1;
            int n = 0;
            for (int i = 0; i < buckets.size(); i++) {
                if (buckets.get(i).level == level) {
                    if (first < 0) {
                        first = i;
                    }
                    n++;
                }
            }
            if (n <= maxBuckets) {
                return;
            }
            // the two oldest buckets of this size are adjacent: merge them into one of the next size
            Bucket merged = Bucket.merge(buckets.get(first), buckets.get(first + 1));
            buckets.set(first, merged);
            buckets.remove(first + 1);
        }
    }

    private boolean splitExceedsBound() {
        long n = width();
        double total = sum();
        double variance = m2() / n;
        double lnTerm = Math.log(2.0 * n / delta);
        long n0 = 0;
        double s0 = 0;
        for (int k = 0; k < buckets.size() - 1; k++) {
            n0 += buckets.get(k).count;
            s0 += buckets.get(k).sum;
            long n1 = n - n0;
            double m = 1.0 / (1.0 / n0 + 1.0 / n1);
            double eps = Math.sqrt(2.0 / m * variance * lnTerm) + 2.0 / (3.0 * m) * lnTerm;
            if (Math.abs(s0 / n0 - (total - s0) / n1) > eps) {
                return true;
            }
        }
        return false;
    }

    /** Values in the current window. */
    public long width() {
        long n = 0;
        for (Bucket b : buckets) {
            n += b.count;
        }
        return n;
    }

    private double sum() {
        double s = 0;
        for (Bucket b : buckets) {
            s += b.sum;
        }
        return s;
    }

    /** Sum of squared deviations of the whole window, merging bucket by bucket. */
    private double m2() {
        long n = 0;
        double mean = 0;
        double m2 = 0;
        for (Bucket b : buckets) {
            double bm = b.sum / b.count;
            long nn = n + b.count;
            double d = bm - mean;
            m2 += b.m2 + (double) n * b.count / nn * d * d;
            mean += d * b.count / nn;
            n = nn;
        }
        return m2;
    }

    /** Mean of the current window. */
    public double mean() {
        return sum() / width();
    }

    /** Number of buckets currently held (logarithmic in the width). */
    public int bucketCount() {
        return buckets.size();
    }

    /** 0-based indices of the values at which the window was cut. */
    public List<Integer> detections() {
        return List.copyOf(detections);
    }
}
