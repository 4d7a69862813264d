package dev.ophamin.substrate;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wraps a substrate and adds to every cycle's timings: {@code wall_ms}, {@code cpu_ms} (this
 * thread's CPU time, meaningful for in-JVM substrates) and {@code heap_used_mb} after the cycle.
 */
public final class InstrumentedSubstrate implements Substrate {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Substrate inner;

    public InstrumentedSubstrate(Substrate inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public String versionAnchor() {
        return inner.versionAnchor();
    }

    @Override
    public java.nio.file.Path sourceDir() {
        return inner.sourceDir();
    }

    @Override
    public void reset() {
        inner.reset();
    }

    @Override
    public CycleResult cycle(CorpusRecord stimulus, JsonObject params) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long c0 = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        CycleResult r = inner.cycle(stimulus, params);
        long wall = System.nanoTime() - t0;
        JsonObject.Builder t = JsonObject.builder().put("wall_ms", wall / 1e6);
        if (cpu) {
            t.put("cpu_ms", (THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        Runtime rt = Runtime.getRuntime();
        t.put("heap_used_mb", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        return r.ok() ? r.withTimings(t.build()) : r;
    }

    @Override
    public JsonObject snapshot() {
        return inner.snapshot();
    }

    @Override
    public void close() {
        inner.close();
    }
}
