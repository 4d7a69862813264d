package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.crdt.LawChecker;
import dev.ophamin.crdt.Logoot;
import dev.ophamin.crdt.Rga;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sequence-CRDT laws on seeded concurrent edits, for two independent designs, plus their cross-check. */
public final class CrdtLaws implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("crdt-laws", Tier.MEASUREMENT_MACHINERY, "crdt",
                "Check convergence, commutativity, associativity and idempotence of two sequence CRDTs.",
                "Seeded sessions of replicas editing concurrently, with shuffled partial and duplicated delivery, are "
                        + "run through an RGA and a Logoot-style design; every law violation is counted, and the two designs "
                        + "are cross-checked where they must agree (sequential edits, live element sets).",
                "violations summed over laws, trials and designs, plus disagreeing cross-check trials (docs/algorithms.md)",
                "a replicated document could diverge or lose edits");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("trials", "200", "concurrent editing sessions per design"),
                new Param("replicas", "3", "replicas per session"),
                new Param("edits", "12", "edits per replica per session"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Over " + p.text("trials") + " seeded concurrent sessions per design, no CRDT law is violated and the "
                + "two designs agree where they must.", "count of law violations (convergence, merge commutativity, "
                + "associativity, idempotence, re-delivery) in RGA and Logoot plus disagreeing cross-check trials",
                new Threshold("violations", "==", 0.0, "count"),
                "H0: some law is violated.", "H1: no violation occurs.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "LawChecker.check for each design with the run's seed; LawChecker.crossCheck with the same seed";
    }

    @Override
    public Dataset syntheticDataset(Params p, long seed) {
        byte[] spec = ("crdt-sessions:" + p.asMap() + ":" + seed).getBytes(StandardCharsets.UTF_8);
        return new Dataset("crdt-sessions", RecordKind.sha256Hex(spec), p.integer("trials"), "generated from the seed", "synthetic");
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        int trials = ctx.params().integer("trials");
        int replicas = ctx.params().integer("replicas");
        int edits = ctx.params().integer("edits");
        if (trials < 1 || replicas < 2 || edits < 1) {
            throw new IllegalArgumentException("need trials >= 1, replicas >= 2, edits >= 1");
        }
        LawChecker.Report rga = LawChecker.check("rga", (r, s) -> new Rga(r), trials, replicas, edits, ctx.seed());
        ctx.progress().update(trials, trials * 2L);
        LawChecker.Report logoot = LawChecker.check("logoot", Logoot::new, trials, replicas, edits, ctx.seed());
        int cross = LawChecker.crossCheck(trials, edits * replicas, ctx.seed());
        ctx.progress().finish(trials * 2L);
        return ScenarioResult.of(rga.violations() + logoot.violations() + cross,
                List.of(evidence(rga), evidence(logoot),
                        Evidence.builder().pillar("crdt-crosscheck").statistic("disagreeing_trials", (double) cross)
                                .library("ophamin", dev.ophamin.build.BuildInfo.engine()).crossCheck(cross == 0 ? "passed" : "failed")
                                .detail(JsonObject.builder().put("trials", (long) trials).build()).build()),
                2L * trials);
    }

    private static Evidence evidence(LawChecker.Report r) {
        return Evidence.builder().pillar("crdt-laws-" + r.design()).statistic("violations", (double) r.violations())
                .library("ophamin", dev.ophamin.build.BuildInfo.engine())
                .detail(JsonObject.builder().put("trials", (long) r.trials()).put("convergence", (long) r.convergence())
                        .put("commutativity", (long) r.commutativity()).put("associativity", (long) r.associativity())
                        .put("idempotence", (long) r.idempotence()).put("redelivery", (long) r.redelivery())
                        .put("first_failing_seed", r.firstFailingSeed()).build())
                .build();
    }
}
