package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.Threshold;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioRegistry;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.ScenarioRunner;
import dev.ophamin.scenario.Tier;
import dev.ophamin.verify.HmacKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a target scenario twice with the same seed and checks the two proofs are the same
 * experiment: equal after removing timestamps, ids, signatures, run ids and timing fields — and, when this
 * audit itself runs with fixed timestamps, byte-equal.
 */
public final class DeterministicSeedAudit implements Scenario {
    // the run's own id (in the lineage chain and the provenance) names the run, like its timestamps
    private static final Set<String> VOLATILE = Set.of("created_at", "preregistered_at", "proof_id", "signature",
            "wall_ms", "cpu_ms", "heap_used_mb", "lineage_chain", "ophamin:run_id");

    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("deterministic-seed-audit", Tier.MEASUREMENT_MACHINERY, "reproducibility",
                "Check that a seeded scenario run is exactly repeatable.",
                "The target scenario is run twice in this process with the same seed and parameters; the proofs are "
                        + "compared field by field after removing what legitimately changes between runs (timestamps, "
                        + "id, signature, the run id, wall and CPU times). Under --reproducible the full proof bytes must match.",
                "count of differing leaf fields between the two normalised proofs (0 when identical)",
                "seeded runs are not repeatable, so no proof of this engine can be reproduced exactly");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("target", "mail-energy-reserve", "the scenario to run twice"),
                new Param("target_seed", "11", "seed of both target runs"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Two runs of " + p.text("target") + " with seed " + p.text("target_seed") + " give the same proof "
                + "apart from timestamps, ids, signatures and timings.",
                "number of leaf fields that differ between the two normalised proofs (full bytes under --reproducible)",
                new Threshold("differing_fields", "==", 0.0, "fields"),
                "H0: some field differs between the runs.", "H1: the runs are identical.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "run target twice in-process with target_seed; normalise; count differing leaves";
    }

    @Override
    public Dataset syntheticDataset(Params p, long seed) {
        byte[] spec = ("deterministic-seed-audit:" + p.text("target") + ":" + p.text("target_seed")).getBytes(StandardCharsets.UTF_8);
        return new Dataset("seed-audit-" + p.text("target"), RecordKind.sha256Hex(spec), 2, "two runs of " + p.text("target"),
                "derived");
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        String target = ctx.params().text("target");
        if (target.equals(info().name())) {
            throw new IllegalArgumentException("the audit cannot audit itself");
        }
        ScenarioRegistry registry = ScenarioRegistry.load(List.of());
        Scenario s = registry.get(target);
        ScenarioRunner runner = new ScenarioRunner(ctx.engine(), ctx.reproducible() ? Map.of("SOURCE_DATE_EPOCH", "0") : Map.of(),
                Duration.ofSeconds(30));
        HmacKey key = HmacKey.ofText("audit", RecordKind.PROOF.defaultKey());
        long seed = ctx.params().integer("target_seed");
        RunRequest req = RunRequest.builder(target).seed(seed).reproducible(ctx.reproducible()).build();
        ProofRecord a = runner.run(s, req, key, Progress.silent());
        ProofRecord b = runner.run(s, req, key, Progress.silent());
        List<String> diffs = new ArrayList<>();
        diff(ctx.reproducible() ? a.toJson() : strip(a.toJson()), ctx.reproducible() ? b.toJson() : strip(b.toJson()), "", diffs);
        boolean bytesEqual = java.util.Arrays.equals(
                PythonJsonWriter.toBytes(a.toJson(), PythonJsonWriter.Layout.INDENT2),
                PythonJsonWriter.toBytes(b.toJson(), PythonJsonWriter.Layout.INDENT2));
        Evidence e = Evidence.builder().pillar("proof-diff").statistic("differing_fields", (double) diffs.size())
                .library("ophamin", dev.ophamin.build.BuildInfo.engine())
                .detail(JsonObject.builder().put("target", target).put("mode", ctx.reproducible() ? "byte-equal" : "normalised")
                        .put("bytes_equal", bytesEqual).put("verdicts", a.verdict().outcome() + "/" + b.verdict().outcome())
                        .put("first_differences", String.join(", ", diffs.subList(0, Math.min(5, diffs.size())))).build())
                .build();
        return ScenarioResult.of(diffs.size(), List.of(e), 2);
    }

    private static JsonValue strip(JsonValue v) {
        if (v instanceof JsonObject) {
            JsonObject.Builder b = JsonObject.builder();
            ((JsonObject) v).members().forEach((k, x) -> {
                if (!VOLATILE.contains(k)) {
                    b.put(k, strip(x));
                }
            });
            return b.build();
        }
        if (v instanceof dev.ophamin.canonical.JsonArray) {
            List<JsonValue> out = new ArrayList<>();
            ((dev.ophamin.canonical.JsonArray) v).items().forEach(x -> out.add(strip(x)));
            return new dev.ophamin.canonical.JsonArray(out);
        }
        return v;
    }

    private static void diff(JsonValue a, JsonValue b, String path, List<String> out) {
        if (a instanceof JsonObject && b instanceof JsonObject) {
            JsonObject x = (JsonObject) a;
            JsonObject y = (JsonObject) b;
            java.util.Set<String> keys = new java.util.TreeSet<>(x.keys());
            keys.addAll(y.keys());
            for (String k : keys) {
                diff(x.get(k), y.get(k), path.isEmpty() ? k : path + "." + k, out);
            }
        } else if (a instanceof dev.ophamin.canonical.JsonArray && b instanceof dev.ophamin.canonical.JsonArray
                && ((dev.ophamin.canonical.JsonArray) a).size() == ((dev.ophamin.canonical.JsonArray) b).size()) {
            for (int i = 0; i < ((dev.ophamin.canonical.JsonArray) a).size(); i++) {
                diff(((dev.ophamin.canonical.JsonArray) a).get(i), ((dev.ophamin.canonical.JsonArray) b).get(i), path + "[" + i + "]", out);
            }
        } else if (a == null || !a.equals(b)) {
            out.add(path);
        }
    }
}
