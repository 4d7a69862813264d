package dev.ophamin.serve;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.service.OphaminService;
import dev.ophamin.service.ScenarioRuns;
import dev.ophamin.service.ServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Scenario runs started over HTTP: at most {@code limit} queued or running at once (one more is
 * refused, not queued without bound), each with a status a client polls. The last 1,000 finished
 * jobs are remembered. Proofs are written by the service, atomically: a run stopped half-way
 * leaves no proof file.
 */
final class Jobs {
    /** Thrown when the limit is reached. */
    static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full(int limit) {
            super(limit + " runs are already queued or running", null, false, false);
        }
    }

    private static final int KEPT = 1000;
    private final OphaminService service;
    private final Path out;
    private final int limit;
    private final ExecutorService pool;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private int active;

    private static final class Job {
        final String id;
        final String scenario;
        volatile String status = "queued";
        volatile JsonObject summary;
        volatile JsonValue proof;
        volatile String error;

        Job(String id, String scenario) {
            this.id = id;
            this.scenario = scenario;
        }
    }

    Jobs(OphaminService service, Path out, int limit) {
        this.service = service;
        this.out = out;
        this.limit = limit;
        this.pool = Executors.newFixedThreadPool(limit, r -> {
            Thread t = new Thread(r, "ophamin-run");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a run of {@code req}; its id, or Full. */
    String submit(RunRequest req) {
        Job job;
        synchronized (this) {
            if (active >= limit) {
                throw new Full(limit);
            }
            active++;
            byte[] b = new byte[8];
            random.nextBytes(b);
            job = new Job(dev.ophamin.verify.Hex.encode(b), req.scenario());
            jobs.put(job.id, job);
            while (jobs.size() > KEPT) {
                String oldest = jobs.keySet().iterator().next();
                if (!jobs.get(oldest).status.equals("queued") && !jobs.get(oldest).status.equals("running")) {
                    jobs.remove(oldest);
                } else {
                    break;
                }
            }
        }
        Job j = job;
        pool.execute(() -> run(j, req));
        return job.id;
    }

    private void run(Job job, RunRequest req) {
        job.status = "running";
        try {
            ScenarioRuns.Outcome o = service.run(req, out, Progress.silent());
            Path proofFile = o.bundle().resolve("proof.json");
            job.proof = JsonReader.standard().read(Files.readAllBytes(proofFile));
            job.summary = service.runSummary(o, out);
            job.status = Thread.currentThread().isInterrupted() ? "interrupted" : "succeeded";
        } catch (ServiceException e) {
            job.error = e.getMessage();
            job.status = "failed";
        } catch (Exception e) {
            job.error = e.toString();
            job.status = Thread.currentThread().isInterrupted() ? "interrupted" : "failed";
        } finally {
            synchronized (this) {
                active--;
            }
        }
    }

    /** A job's state, or null when no job has that id. */
    synchronized JsonObject get(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            return null;
        }
        JsonObject.Builder b = JsonObject.builder().put("id", j.id).put("scenario", j.scenario).put("status", j.status);
        if (j.summary != null) {
            b.put("summary", j.summary).put("proof_id", j.summary.get("proof_id")).put("proof", j.proof);
        }
        if (j.error != null) {
            b.put("error", j.error);
        }
        return b.build();
    }

    /**
     * Stops taking runs and waits up to {@code grace} for the running ones; those still running
     * after it are interrupted and marked so. Returns how many were interrupted.
     */
    int shutdown(java.time.Duration grace) {
        pool.shutdown();
        try {
            if (pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        int n = 0;
        synchronized (this) {
            for (Job j : jobs.values()) {
                if (j.status.equals("queued") || j.status.equals("running")) {
                    j.status = "interrupted";
                    n++;
                }
            }
        }
        return n;
    }
}
