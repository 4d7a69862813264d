package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Threshold;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.util.List;

/** The substrate keeps an energy reserve while reading a mailbox (mail corpus). */
public final class MailEnergyReserve implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("mail-energy-reserve", Tier.ENGINEERING, "energy",
                "Check that the substrate rarely runs low on energy while processing a mailbox.",
                "Every message body is fed once; the share of cycles that end with energy below a floor is measured.",
                "share of ok cycles with energy < floor",
                "the substrate exhausts itself on ordinary office mail at this injection rate");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("floor", "0.5", "energy level counted as low"),
                new Param("max_low_share", "0.2", "pre-registered maximum share of low-energy cycles"),
                new Param("injection_rate", "1.0", "stimulus injection rate passed to the substrate"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("At most " + p.text("max_low_share") + " of cycles end with energy below " + p.text("floor") + ".",
                "share of cycles with energy < floor over one pass of the mailbox",
                new Threshold("low_energy_share", "<=", p.number("max_low_share"), "fraction"),
                "H0: more than " + p.text("max_low_share") + " of cycles end low.",
                "H1: at most " + p.text("max_low_share") + " of cycles end low.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "one pass in corpus order from reset; failed cycles excluded and reported";
    }

    @Override
    public String defaultCorpus() {
        return "office-mail";
    }

    @Override
    public boolean usesSubstrate() {
        return true;
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        JsonObject sweep = JsonObject.builder().put("injection_rate", ctx.params().number("injection_rate")).build();
        Cycles.Run run = Cycles.over(ctx, ctx.corpus().records(), ctx.corpus().size(), sweep);
        double floor = ctx.params().number("floor");
        double[] e = run.measurement("energy");
        long low = java.util.Arrays.stream(e).filter(x -> x < floor).count();
        double share = e.length == 0 ? 0.0 : (double) low / e.length;
        var ev = Scenarios.own("threshold-share", "low_energy_share", share)
                .detail(Scenarios.detail().put("low_cycles", low).put("ok_cycles", (long) e.length)
                        .put("run", Cycles.failures(run)).build()).build();
        if (e.length == 0) {
            return ScenarioResult.inconclusive(0.0, List.of(ev), run.results().size(), "no cycle reported energy");
        }
        return ScenarioResult.of(share, List.of(ev), run.results().size());
    }
}
