package dev.ophamin.campaign;

import dev.ophamin.audit.AuditRequest;
import dev.ophamin.audit.AuditRunner;
import dev.ophamin.audit.AuditService;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.Corpus;
import dev.ophamin.corpus.CorpusCatalog;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.emit.Bundles;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.CampaignPhase;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.Identity;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.report.CampaignReport;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunClock;
import dev.ophamin.scenario.RunIds;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioRegistry;
import dev.ophamin.scenario.ScenarioRunner;
import dev.ophamin.substrate.CycleResult;
import dev.ophamin.substrate.Substrate;
import dev.ophamin.substrate.Substrates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code run-all}: the six phases in order — seeing, measuring, comparing, instrumenting, auditing,
 * reporting. Each ends ok, skipped (with the reason) or failed (with the error); a failed phase
 * never stops the ones after it. The result is a signed CampaignRecord 2.0.
 */
public final class CampaignRunner {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ScenarioRegistry registry;
    private final EngineInfo engine;
    private final Map<String, String> env;
    private final PrintWriter err;

    public CampaignRunner(ScenarioRegistry registry, EngineInfo engine, Map<String, String> env, PrintWriter err) {
        this.registry = registry;
        this.engine = engine;
        this.env = env;
        this.err = err;
    }

    /** The scenarios a campaign with these options runs; unknown names are an IllegalArgumentException. */
    public List<Scenario> select(CampaignOptions o) {
        for (String n : o.only()) {
            registry.get(n);
        }
        for (String n : o.skip()) {
            registry.get(n);
        }
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : registry.all()) {
            String n = s.info().name();
            if ((o.only().isEmpty() || o.only().contains(n)) && !o.skip().contains(n)) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no scenario selected");
        }
        return out;
    }

    public CampaignResult run(CampaignOptions o) throws IOException {
        List<Scenario> scenarios = select(o);
        Files.createDirectories(o.outDir());
        RunClock clock = o.reproducible() || env.containsKey("SOURCE_DATE_EPOCH")
                ? RunClock.reproducible(env.get("SOURCE_DATE_EPOCH")) : RunClock.wall();
        Stamp stamp = new Stamp(clock);
        String started = stamp.next();
        // the campaign's own run id: every proof it makes names it in its lineage chain
        String runId = RunIds.of(RecordKind.sha256Hex(PythonJsonWriter.toBytes(JsonObject.builder()
                .put("scenarios", String.join(",", scenarios.stream().map(x -> x.info().name()).toList()))
                .put("substrate", o.substrate() == null ? "mock" : o.substrate()).put("seed", o.seed())
                .put("fwer_method", o.fwerMethod()).put("fwer_alpha", o.fwerAlpha()).build(),
                PythonJsonWriter.Layout.CANONICAL)), clock.sealedAt(), clock.isFixed());
        List<CampaignPhase> phases = new ArrayList<>();
        String substrateSpec = o.substrate() == null ? "mock" : o.substrate();
        String[] target = {substrateSpec, ""};
        Path[] declaredSource = {null};

        phases.add(phase("seeing", stamp, () -> {
            try (Substrate s = Substrates.open(substrateSpec, o.seed(), TIMEOUT)) {
                target[0] = s.name();
                target[1] = s.versionAnchor();
                declaredSource[0] = s.sourceDir();
            }
            JsonObject.Builder corpora = JsonObject.builder();
            for (Scenario s : scenarios) {
                String c = s.defaultCorpus();
                if (c != null && !corpora.has(c)) {
                    try {
                        Corpus corpus = CorpusCatalog.open(c, env);
                        corpora.put(c, JsonObject.builder().put("content_hash", corpus.contentHash())
                                .put("n_records", corpus.size()).build());
                    } catch (RuntimeException e) {
                        corpora.put(c, JsonObject.builder().put("error", e.getMessage()).build());
                    }
                }
            }
            return new PhaseOutcome("ok", List.of(), JsonObject.builder().put("run_id", runId).put("substrate", substrateSpec)
                    .put("substrate_name", target[0]).put("version_anchor", target[1])
                    .put("scenarios", (long) scenarios.size()).put("corpora", corpora.build()).build(), null);
        }));

        List<ScenarioRun> runs = new ArrayList<>();
        phases.add(phase("measuring", stamp, () -> {
            ScenarioRunner runner = new ScenarioRunner(engine, env, TIMEOUT);
            List<String> paths = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            int i = 0;
            for (Scenario s : scenarios) {
                i++;
                String name = s.info().name();
                long t0 = System.nanoTime();
                err.printf(Locale.ROOT, "[%d/%d] %s ...%n", i, scenarios.size(), name);
                err.flush();
                try {
                    RunRequest req = RunRequest.builder(name).seed(o.seed()).reproducible(o.reproducible()).parentRun(runId)
                            .substrate(s.usesSubstrate() ? o.substrate() : null).build();
                    ProofRecord p = runner.run(s, req, o.key(), Progress.to(err, name));
                    Path dir = Bundles.persist(o.outDir().resolve("proofs"), s.info().tier().id(), name, p, true);
                    double secs = (System.nanoTime() - t0) / 1e9;
                    runs.add(new ScenarioRun(name, s.info().tier().id(), p, dir, null, secs));
                    paths.add(o.outDir().relativize(dir.resolve("proof.json")).toString());
                    err.printf(Locale.ROOT, "[%d/%d] %s: %s (%.1fs)%n", i, scenarios.size(), name, p.verdict().outcome(), secs);
                } catch (RuntimeException | IOException e) {
                    double secs = (System.nanoTime() - t0) / 1e9;
                    runs.add(new ScenarioRun(name, s.info().tier().id(), null, null, e.getMessage(), secs));
                    failures.add(name + ": " + e.getMessage());
                    err.printf(Locale.ROOT, "[%d/%d] %s: FAILED: %s%n", i, scenarios.size(), name, e.getMessage());
                }
                err.flush();
            }
            JsonObject.Builder verdicts = JsonObject.builder();
            for (ScenarioRun r : runs) {
                verdicts.put(r.scenario(), r.ok() ? r.proof().verdict().outcome().name() : "FAILED");
            }
            JsonObject summary = JsonObject.builder().put("scenarios_run", (long) runs.size())
                    .put("failed", (long) failures.size()).put("verdicts", verdicts.build()).build();
            return failures.isEmpty() ? new PhaseOutcome("ok", paths, summary, null)
                    : new PhaseOutcome("failed", paths, summary, failures.size() + " of " + runs.size() + " scenarios failed: "
                    + String.join("; ", failures));
        }));

        List<ProofRecord> proofs = new ArrayList<>();
        runs.stream().filter(ScenarioRun::ok).forEach(r -> proofs.add(r.proof()));
        Multiplicity.Result[] correction = {Multiplicity.correct(proofs, "none", o.fwerAlpha())};
        phases.add(phase("comparing", stamp, () -> {
            correction[0] = Multiplicity.correct(proofs, o.fwerMethod(), o.fwerAlpha());
            JsonObject.Builder adj = JsonObject.builder();
            correction[0].adjustedP().forEach(adj::put);
            return new PhaseOutcome("ok", List.of(), JsonObject.builder().put("method", o.fwerMethod())
                    .put("alpha", o.fwerAlpha()).put("family", "every proof with a p-value")
                    .put("family_size", (long) correction[0].familySize()).put("demoted", (long) correction[0].demoted())
                    .put("adjusted_p", adj.build()).build(), null);
        }));

        phases.add(phase("instrumenting", stamp, () -> instrument(substrateSpec, o.seed())));
        phases.add(phase("auditing", stamp, () -> audit(o, o.source() != null ? o.source() : declaredSource[0])));
        phases.add(phase("reporting", stamp, () -> {
            List<String> written = CampaignReport.write(o.outDir(), runs, correction[0], o.fwerMethod(), o.fwerAlpha());
            return new PhaseOutcome("ok", written, JsonObject.builder().put("files", (long) written.size()).build(), null);
        }));

        JsonObject.Builder corrected = JsonObject.builder();
        correction[0].verdicts().forEach((id, v) -> corrected.put(id, v.name()));
        CampaignRecord record = RecordSigner.sign(CampaignRecord.unsigned(target[0], target[1], started, stamp.next(),
                engine.version(), engine.gitCommit(), phases, corrected.build(), o.fwerMethod()), o.key());
        Path file = o.outDir().resolve("campaign-" + record.campaignId().substring(0, 12) + ".json");
        RecordFiles.write(file, record, true);
        return new CampaignResult(record, file, runs, correction[0]);
    }

    /**
     * The default audit pillars over the source tree, written to OUT/audits; skipped without a
     * tree, failed when the audit cannot run. The record is signed with the user's key, else with
     * the reference's audit key.
     */
    private PhaseOutcome audit(CampaignOptions o, Path source) {
        if (source == null) {
            return new PhaseOutcome("skipped", List.of(), JsonObject.EMPTY,
                    "nothing to audit: no --source given and the substrate declares no source_dir");
        }
        Path dir = o.outDir().resolve("audits");
        try {
            Files.createDirectories(dir);
            AuditRequest.Builder req = AuditRequest.builder(source);
            if (!o.key().label().equals("default")) {
                req.key(o.key());
            }
            AuditService.Result r = new AuditService(engine).audit(req.outDir(dir).build(),
                    AuditRunner.Listener.to(err, "audit "));
            dev.ophamin.model.AuditSummary s = r.record().summary();
            return new PhaseOutcome(s.pillarsErrored().size() > 0 ? "failed" : "ok",
                    List.of(o.outDir().relativize(r.file()).toString()), JsonObject.builder()
                    .put("audit_id", r.record().auditId()).put("target_path", r.record().targetPath())
                    .put("total_findings", s.totalFindings()).put("severity_histogram", s.severityHistogram())
                    .put("pillars_run", s.pillarsRun()).put("pillars_unavailable", s.pillarsUnavailable())
                    .put("pillars_errored", s.pillarsErrored()).build(),
                    s.pillarsErrored().size() > 0 ? "audit pillar(s) errored: " + s.pillarsErrored() : null);
        } catch (IllegalArgumentException | IOException e) {
            return new PhaseOutcome("failed", List.of(), JsonObject.EMPTY, "audit of " + source + ": " + e.getMessage());
        }
    }

    /** Instrumented probe: 50 cycles of the substrate over the payload sample, real times only. */
    private PhaseOutcome instrument(String spec, long seed) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        double heap = 0;
        int failed = 0;
        try (Substrate s = Substrates.open(spec, seed, TIMEOUT)) {
            for (CorpusRecord r : CorpusCatalog.open("payloads", env).sample(50, seed)) {
                CycleResult c = s.cycle(r, JsonObject.EMPTY);
                if (!c.ok()) {
                    failed++;
                    continue;
                }
                wall.add(c.timing("wall_ms"));
                if (!Double.isNaN(c.timing("cpu_ms"))) {
                    cpu.add(c.timing("cpu_ms"));
                }
                heap = Math.max(heap, c.timing("heap_used_mb"));
            }
        }
        double[] w = wall.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        JsonObject summary = JsonObject.builder().put("cycles", (long) (w.length + failed)).put("failed_cycles", (long) failed)
                .put("wall_ms_p50", w.length == 0 ? 0.0 : w[w.length / 2])
                .put("wall_ms_p95", w.length == 0 ? 0.0 : w[Math.min(w.length - 1, (int) Math.ceil(0.95 * w.length) - 1)])
                .put("cpu_ms_mean", cpu.isEmpty() ? 0.0 : cpu.stream().mapToDouble(Double::doubleValue).average().orElse(0))
                .put("heap_used_mb_max", heap).build();
        return w.length == 0 ? new PhaseOutcome("failed", List.of(), summary, "every probe cycle failed")
                : new PhaseOutcome("ok", List.of(), summary, null);
    }

    /** What a phase body returns. */
    record PhaseOutcome(String status, List<String> artifacts, JsonObject summary, String error) {
    }

    private CampaignPhase phase(String wheel, Stamp stamp, Supplier<PhaseOutcome> body) {
        String start = stamp.next();
        PhaseOutcome r;
        try {
            r = body.get();
        } catch (RuntimeException e) {
            r = new PhaseOutcome("failed", List.of(), JsonObject.EMPTY, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        err.printf(Locale.ROOT, "phase %-13s %s%s%n", wheel, r.status(), r.error() == null ? "" : " (" + r.error() + ")");
        err.flush();
        return new CampaignPhase(wheel, start, stamp.next(), r.status(), r.artifacts(), r.summary(), r.error());
    }

    /** Timestamps of the campaign: wall clock, or one second apart from the fixed instant when reproducible. */
    static final class Stamp {
        private final RunClock clock;
        private OffsetDateTime last;

        Stamp(RunClock clock) {
            this.clock = clock;
        }

        String next() {
            last = last == null ? clock.sealedAt() : clock.createdAt(last);
            return Identity.timestamp(last);
        }
    }
}
