package dev.ophamin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs pillars one after another, each on its own daemon thread bounded by its timeout. Whatever
 * a pillar does — throws, hangs, runs out of stack — it ends as one {@link PillarRun}, and the
 * pillars after it still run.
 */
public final class AuditRunner {
    /** Hears about each pillar as it starts and ends (progress on stderr, for the CLI). */
    public interface Listener {
        void started(StaticAnalysisPillar pillar, int index, int count);

        void finished(PillarRun run, int index, int count);

        /** {@code [i/n] name ...} and {@code [i/n] name: status, N findings (s)} lines, each line prefixed. */
        static Listener to(java.io.PrintWriter err, String prefix) {
            return new Listener() {
                @Override
                public void started(StaticAnalysisPillar p, int i, int n) {
                    err.printf(java.util.Locale.ROOT, "[%s%d/%d] %s ...%n", prefix, i, n, p.name());
                    err.flush();
                }

                @Override
                public void finished(PillarRun r, int i, int n) {
                    err.printf(java.util.Locale.ROOT, "[%s%d/%d] %s: %s, %d findings (%.1f s)%n", prefix, i, n,
                            r.pillarName(), r.status().id(), r.findings().size(), r.wallTimeS());
                    err.flush();
                }
            };
        }

        Listener SILENT = new Listener() {
            @Override
            public void started(StaticAnalysisPillar pillar, int index, int count) {
            }

            @Override
            public void finished(PillarRun run, int index, int count) {
            }
        };
    }

    private AuditRunner() {
    }

    /** Every pillar's run, in the given order. */
    public static List<PillarRun> runAll(List<StaticAnalysisPillar> pillars, AuditTarget target,
                                         java.util.function.Function<String, PillarSettings> settings, Listener l) {
        List<PillarRun> out = new ArrayList<>();
        for (int i = 0; i < pillars.size(); i++) {
            StaticAnalysisPillar p = pillars.get(i);
            l.started(p, i + 1, pillars.size());
            PillarRun r = run(p, target, settings.apply(p.name()));
            l.finished(r, i + 1, pillars.size());
            out.add(r);
        }
        return out;
    }

    /** One pillar's run. */
    public static PillarRun run(StaticAnalysisPillar p, AuditTarget target, PillarSettings settings) {
        String where = target.path().toString();
        String reason;
        try {
            reason = p.unavailableReason();
        } catch (RuntimeException e) {
            return PillarRun.error(p, "", where, "cannot tell whether the tool is available: " + oneLine(e), 0.0);
        }
        if (reason != null) {
            return PillarRun.unavailable(p, where, reason);
        }
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "audit-" + p.name());
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        try {
            Future<PillarOutput> f = ex.submit(() -> p.run(target, settings));
            PillarOutput o;
            try {
                // a little past the timeout, so a tool process bounded by the same timeout reports first
                o = f.get(settings.timeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                return PillarRun.error(p, version(p), where, p.name() + " did not finish within "
                        + settings.timeout().toSeconds() + " s", seconds(t0));
            } catch (ExecutionException e) {
                return PillarRun.error(p, version(p), where, oneLine(e.getCause()), seconds(t0));
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                return PillarRun.error(p, version(p), where, "interrupted", seconds(t0));
            }
            double wall = seconds(t0);
            List<Finding> sorted = new ArrayList<>(o.findings());
            sorted.sort(Finding.ORDER);
            return new PillarRun(p.name(), p.toolName(), version(p), PillarStatus.OK, where, sorted, o.rawStdoutBytes(),
                    o.rawStderrBytes(), o.exitCode(), wall, "", o.extra());
        } finally {
            ex.shutdownNow();
        }
    }

    private static String version(StaticAnalysisPillar p) {
        try {
            String v = p.toolVersion();
            return v == null ? "" : v;
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A throwable as one line: its message, else its class. */
    static String oneLine(Throwable e) {
        String m = e instanceof PillarException ? e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return m.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
