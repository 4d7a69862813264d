package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.util.List;

/** p95 cycle latency of the substrate over a text-folder corpus against a ceiling. */
public final class ThroughputCeiling implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("throughput-ceiling", Tier.ENGINEERING, "throughput",
                "Check that the substrate's 95th-percentile cycle latency stays under a pre-registered ceiling.",
                "The corpus is streamed through the substrate several times; the latency each cycle reports "
                        + "(latency_ms) is collected. A substrate that reports no latency gives an INCONCLUSIVE verdict, "
                        + "never a made-up number.",
                "p95 of reported latency_ms (Hipparchus Percentile); wall-clock times are not evidence, so reruns compare equal",
                "the substrate is slower than its architectural ceiling under this load");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("ceiling_ms", "40", "pre-registered p95 latency ceiling in milliseconds"),
                new Param("passes", "5", "how many times the corpus is streamed"),
                new Param("injection_rate", "1.0", "stimulus injection rate passed to the substrate"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("The substrate completes 95% of cycles within " + p.text("ceiling_ms") + " ms.",
                "p95 of the latency_ms timing reported per cycle over " + p.text("passes") + " passes of the corpus",
                new Threshold("p95_latency_ms", "<=", p.number("ceiling_ms"), "ms"),
                "H0: p95 latency exceeds " + p.text("ceiling_ms") + " ms.",
                "H1: p95 latency is at most " + p.text("ceiling_ms") + " ms.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "stream the corpus " + p.text("passes") + " times without reset; p95 over cycles that reported latency_ms; "
                + "INCONCLUSIVE when fewer than 20 cycles reported it";
    }

    @Override
    public String defaultCorpus() {
        return "notes";
    }

    @Override
    public boolean usesSubstrate() {
        return true;
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        int passes = ctx.params().integer("passes");
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1");
        }
        JsonObject sweep = JsonObject.builder().put("injection_rate", ctx.params().number("injection_rate")).build();
        long total = ctx.corpus().size() * passes;
        java.util.List<Double> lat = new java.util.ArrayList<>();
        int failed = 0;
        String firstError = null;
        long cycles = 0;
        for (int p = 0; p < passes; p++) {
            try (var records = ctx.corpus().records()) {
                for (var it = records.iterator(); it.hasNext(); ) {
                    var r = ctx.substrate().cycle(it.next(), sweep);
                    cycles++;
                    if (!r.ok()) {
                        failed++;
                        firstError = firstError == null ? r.error() : firstError;
                    } else {
                        if (!Double.isNaN(r.timing("latency_ms"))) {
                            lat.add(r.timing("latency_ms"));
                        }
                    }
                    ctx.progress().update(cycles, total);
                }
            }
        }
        ctx.progress().finish(cycles);
        double[] l = lat.stream().mapToDouble(Double::doubleValue).toArray();
        JsonObject detail = Scenarios.detail().put("cycles", cycles).put("failed_cycles", (long) failed)
                .put("first_error", firstError == null ? "" : firstError)
                .put("cycles_with_latency", (long) l.length).put("mean_latency_ms", l.length == 0 ? 0.0 : Scenarios.mean(l))
                .build();
        Evidence.Builder e = Evidence.builder().pillar("latency-percentile").library("hipparchus", Scenarios.HIPPARCHUS_VERSION)
                .detail(detail);
        if (l.length < 20) {
            return ScenarioResult.inconclusive(0.0, List.of(e.statistic("p95_latency_ms", 0.0).build()), cycles,
                    "the substrate reported latency_ms for " + l.length + " cycles (fewer than 20)");
        }
        double p95 = Scenarios.percentile(l, 95);
        return ScenarioResult.of(p95, List.of(e.statistic("p95_latency_ms", p95).build()), cycles);
    }
}
