package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.pillar.sequential.MixtureSprt;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import dev.ophamin.substrate.MockSubstrate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequential A/B test of phi with a mixture SPRT that may be checked after every cycle. As an
 * A/A test (the default: both arms at the same injection rate) it must not declare a difference.
 */
public final class SequentialAb implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("sequential-ab", Tier.SCIENTIFIC, "experiment-hygiene",
                "Monitor an A/B comparison of phi continuously without inflating false positives.",
                "Two independently seeded mock substrates receive the same stimuli, arm B at its own injection rate. "
                        + "The per-cycle phi differences feed a mixture SPRT whose always-valid p-value may be looked at "
                        + "after every cycle. With equal rates (an A/A test) no difference should be declared.",
                "always-valid p-value of the normal-mixture SPRT on paired phi differences (theta0 0, known sigma)",
                "continuous monitoring declared a difference that is not there, so the monitor is miscalibrated");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("rate_b", "1.0", "injection rate of arm B (arm A: 1.0)"),
                new Param("sigma", "0.03", "pre-registered standard deviation of a phi difference"),
                new Param("tau", "0.01", "mixing standard deviation of the alternative"),
                new Param("alpha", "0.05", "level of the sequential test"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Watching the mixture SPRT after every cycle, no phi difference between the arms is declared "
                + "(the final always-valid p stays above " + p.text("alpha") + ").",
                "minimum over the run of the always-valid p-value of the mSPRT on paired phi differences",
                new Threshold("min_always_valid_p", ">", p.number("alpha"), "p"),
                "H0 (what the threshold protects): the monitor declares a difference.",
                "H1: no difference is declared.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "one pass of the payload corpus through both arms in lockstep; mSPRT(theta0 0, sigma, tau) on B - A";
    }

    @Override
    public String defaultCorpus() {
        return "payloads";
    }

    @Override
    public boolean usesSubstrate() {
        return true;
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        // arm A is the configured substrate; arm B an independent mock with another seed
        MockSubstrate armB = new MockSubstrate(ctx.seed() + 1_000_003L, 0);
        JsonObject rateA = JsonObject.builder().put("injection_rate", 1.0).build();
        JsonObject rateB = JsonObject.builder().put("injection_rate", ctx.params().number("rate_b")).build();
        List<Double> diffs = new ArrayList<>();
        long cycles = 0;
        try (var s = ctx.corpus().records()) {
            for (var it = s.iterator(); it.hasNext(); ) {
                CorpusRecord r = it.next();
                var a = ctx.substrate().cycle(r, rateA);
                var b = armB.cycle(r, rateB);
                cycles += 2;
                if (a.ok() && b.ok()) {
                    diffs.add(b.number("phi") - a.number("phi"));
                }
                ctx.progress().update(cycles, ctx.corpus().size() * 2);
            }
        }
        ctx.progress().finish(cycles);
        double[] xs = diffs.stream().mapToDouble(Double::doubleValue).toArray();
        MixtureSprt.Result r = new MixtureSprt(0, ctx.params().number("sigma"), ctx.params().number("tau"))
                .run(xs, ctx.params().number("alpha"));
        // a high always-valid p supports this claim: it is the statistic, not evidence.p_value (spec/CAMPAIGNS.md)
        Evidence e = Evidence.builder().pillar("mixture-sprt").statistic("min_always_valid_p", r.finalP())
                .library("ophamin", dev.ophamin.build.BuildInfo.engine())
                .detail(JsonObject.builder().put("mean_phi_difference", Scenarios.mean(xs)).put("pairs", (long) xs.length).put("rejected_at", (long) r.rejectedAt())
                        .put("decision", r.decision().name()).build())
                .build();
        return ScenarioResult.of(r.finalP(), List.of(e), cycles);
    }
}
