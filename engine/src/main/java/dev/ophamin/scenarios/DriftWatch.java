package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.pillar.drift.Adwin;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.util.ArrayList;
import java.util.List;

/** ADWIN watches the phi stream and must notice a pre-registered regime change soon after it happens. */
public final class DriftWatch implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("drift-watch", Tier.SCIENTIFIC, "drift",
                "Detect a change of regime in the substrate's phi stream with ADWIN.",
                "The notes corpus is streamed repeatedly; after a warm-up, and halfway through the monitored stream, the injection rate is raised, which changes "
                        + "how phi evolves. ADWIN (delta pre-registered) must flag the change within a bounded number of "
                        + "cycles, and false alarms before the change are reported.",
                "cycles from the regime change to ADWIN's first detection after it",
                "the drift detector is too slow (or blind) for this kind of change");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("warmup", "400", "unmonitored cycles first, so phi has settled"),
                new Param("cycles", "600", "monitored stream length"),
                new Param("step_rate", "6.0", "injection rate after the change (1.0 before)"),
                new Param("delta", "0.002", "ADWIN confidence parameter"),
                new Param("max_delay", "150", "pre-registered maximum detection delay in cycles"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("ADWIN (delta " + p.text("delta") + ") detects the injection-rate step in the phi stream within "
                + p.text("max_delay") + " cycles.", "cycles between the step at half the stream and the first ADWIN "
                + "detection at or after it; the full stream length when none", new Threshold("detection_delay_cycles", "<=",
                p.number("max_delay"), "cycles"), "H0: the change goes undetected for longer.", "H1: it is detected in time.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "from reset, stream notes cyclically: warmup cycles at rate 1.0 (not monitored), then `cycles` monitored "
                + "cycles, rate 1.0 for the first half and step_rate after; ADWIN on the monitored phi";
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
        int n = ctx.params().integer("cycles");
        int step = n / 2;
        List<CorpusRecord> records;
        try (var s = ctx.corpus().records()) {
            records = s.toList();
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the corpus is empty");
        }
        JsonObject before = JsonObject.builder().put("injection_rate", 1.0).build();
        JsonObject after = JsonObject.builder().put("injection_rate", ctx.params().number("step_rate")).build();
        int warmup = ctx.params().integer("warmup");
        for (int i = 0; i < warmup; i++) {
            ctx.substrate().cycle(records.get(i % records.size()), before);
        }
        List<Double> phi = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < n; i++) {
            var c = ctx.substrate().cycle(records.get((warmup + i) % records.size()), i < step ? before : after);
            if (c.ok()) {
                phi.add(c.number("phi"));
            } else {
                failed++;
            }
            ctx.progress().update(i + 1, n);
        }
        ctx.progress().finish(n);
        double[] xs = phi.stream().mapToDouble(Double::doubleValue).toArray();
        List<Integer> detections = Adwin.detect(xs, ctx.params().number("delta"));
        long falseAlarms = detections.stream().filter(d -> d < step).count();
        int first = detections.stream().filter(d -> d >= step).findFirst().orElse(-1);
        double delay = first < 0 ? xs.length - step : first - step;
        Evidence e = Evidence.builder().pillar("adwin").statistic("detection_delay_cycles", delay)
                .library("ophamin", dev.ophamin.build.BuildInfo.engine())
                .detail(JsonObject.builder().put("step_at", (long) step).put("detections", (long) detections.size())
                        .put("false_alarms_before_step", falseAlarms).put("first_detection_after_step", (long) first)
                        .put("failed_cycles", (long) failed).put("delta", ctx.params().number("delta")).build())
                .build();
        if (failed > n / 10) {
            return ScenarioResult.inconclusive(delay, List.of(e), n, failed + " of " + n + " cycles failed");
        }
        return ScenarioResult.of(delay, List.of(e), (long) warmup + n);
    }
}
