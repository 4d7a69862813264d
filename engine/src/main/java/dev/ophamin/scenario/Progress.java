package dev.ophamin.scenario;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr: cycles done, rate and ETA, at most once a second and only
 * once the run has lasted a second. Quiet runs pass {@link #silent()}.
 */
public final class Progress {
    private final PrintWriter err;
    private final String label;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    private Progress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    public static Progress to(PrintWriter err, String label) {
        return new Progress(err, label);
    }

    public static Progress silent() {
        return new Progress(null, "");
    }

    /** Reports {@code done} of {@code total} units (total 0 when unknown). */
    public void update(long done, long total) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        printed = true;
        double secs = (now - start) / 1e9;
        double rate = done / secs;
        String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %.0fs", (total - done) / rate) : "";
        err.printf(Locale.ROOT, "%s: %d%s cycles, %.1f/s%s%n", label, done, total > 0 ? "/" + total : "", rate, eta);
        err.flush();
    }

    /** A last line when progress was shown at all. */
    public void finish(long done) {
        if (err != null && printed) {
            err.printf(Locale.ROOT, "%s: done, %d cycles in %.1fs%n", label, done, (System.nanoTime() - start) / 1e9);
            err.flush();
        }
    }
}
