package dev.ophamin.pillar.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * The Page-Hinkley test for an increase in the mean: with the running mean x̄_t,
 * m_t = alpha m_{t-1} + (x_t - x̄_t - delta) and M_t = min over s &lt;= t of m_s, a change is
 * signalled when m_t - M_t > lambda, after which the test restarts from the next value.
 * delta is the tolerated drift, lambda the threshold, alpha (in (0, 1]) a forgetting factor
 * (1 = none). To watch for a decrease, feed the negated stream. Mutable; one per stream.
 */
public final class PageHinkley {
    private final double delta;
    private final double lambda;
    private final double alpha;
    private final List<Integer> detections = new ArrayList<>();
    private long seen;
    private long n;
    private double mean;
    private double cumulative;
    private double minimum;

    public PageHinkley(double delta, double lambda, double alpha) {
        if (!(delta >= 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("page-hinkley delta: must be a non-negative number, got " + delta);
        }
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("page-hinkley lambda: must be positive, got " + lambda);
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("page-hinkley alpha: must be in (0, 1], got " + alpha);
        }
        this.delta = delta;
        this.lambda = lambda;
        this.alpha = alpha;
        reset();
    }

    /** Runs a fresh test over {@code xs}; returns the indices at which it signalled. */
    public static List<Integer> detect(double[] xs, double delta, double lambda, double alpha) {
        PageHinkley ph = new PageHinkley(delta, lambda, alpha);
        for (double x : xs) {
            ph.add(x);
        }
        return ph.detections();
    }

    /** Adds one value; true when it completes a detection. */
    public boolean add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("page-hinkley: value " + seen + " is not finite (" + x + ")");
        }
        n++;
        mean += (x - mean) / n;
        cumulative = alpha * cumulative + (x - mean - delta);
        minimum = Math.min(minimum, cumulative);
        boolean change = cumulative - minimum > lambda;
        if (change) {
            detections.add((int) seen);
            reset();
        }
        seen++;
        return change;
    }

    /** The current statistic m_t - M_t. */
    public double statistic() {
        return cumulative - minimum;
    }

    private void reset() {
        n = 0;
        mean = 0;
        cumulative = 0;
        minimum = 0;
    }

    public List<Integer> detections() {
        return List.copyOf(detections);
    }
}
