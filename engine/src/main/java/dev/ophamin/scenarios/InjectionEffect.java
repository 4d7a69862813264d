package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.pillar.crosscheck.HipparchusWelchT;
import dev.ophamin.pillar.crosscheck.WelchT;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.util.ArrayList;
import java.util.List;

/** Raising the injection rate changes phi: a Welch t-test between two arms (a multiplicity family member). */
public final class InjectionEffect implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("injection-effect", Tier.SCIENTIFIC, "dose-response",
                "Test whether a higher injection rate changes the substrate's phi.",
                "The payload corpus is fed from reset at the base rate and, separately, from reset at a higher rate; "
                        + "Welch's t-test compares the phi of the two runs. The claim is a significant difference, so "
                        + "its p-value joins the campaign's multiplicity family.",
                "Welch two-sample t-test on phi, two-sided (Hipparchus), effect size = difference of means",
                "the substrate does not respond to how hard it is driven, contrary to its model");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("rate_high", "4.0", "injection rate of the second run (the first: 1.0)"),
                new Param("alpha", "0.01", "pre-registered significance level"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Phi differs between injection rates 1.0 and " + p.text("rate_high") + " (Welch p <= " + p.text("alpha") + ").",
                "two-sided Welch t-test p-value of phi, one pass of the payload corpus per rate, each from reset",
                new Threshold("welch_p_value", "<=", p.number("alpha"), "p"),
                "H0: phi has the same mean at both rates.", "H1: phi's mean differs between the rates.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "reset, one pass at rate 1.0; reset, one pass at rate_high; Welch t on the two phi samples";
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
        double[] low = pass(ctx, 1.0);
        double[] high = pass(ctx, ctx.params().number("rate_high"));
        WelchT welch = new HipparchusWelchT();
        WelchT.Result r = welch.compute(high, low);
        Evidence e = Evidence.builder().pillar("welch-t").statistic("t", r.t()).library(welch.library(), welch.version())
                .pValue(r.p()).effectSize(Scenarios.mean(high) - Scenarios.mean(low))
                .detail(JsonObject.builder().put("n_low", (long) low.length).put("n_high", (long) high.length)
                        .put("df", r.df()).build())
                .build();
        if (low.length < 3 || high.length < 3) {
            return ScenarioResult.inconclusive(1.0, List.of(e), (long) low.length + high.length, "too few ok cycles");
        }
        return ScenarioResult.of(r.p(), List.of(e), (long) low.length + high.length);
    }

    private static double[] pass(RunContext ctx, double rate) {
        ctx.substrate().reset();
        JsonObject params = JsonObject.builder().put("injection_rate", rate).build();
        List<Double> phi = new ArrayList<>();
        try (var s = ctx.corpus().records()) {
            for (var it = s.iterator(); it.hasNext(); ) {
                CorpusRecord r = it.next();
                var c = ctx.substrate().cycle(r, params);
                if (c.ok()) {
                    phi.add(c.number("phi"));
                }
            }
        }
        return phi.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
