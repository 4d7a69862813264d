package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.pillar.crosscheck.ClosedFormWilsonCi;
import dev.ophamin.pillar.crosscheck.WilsonCi;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.util.List;

/** False-positive rate of the substrate's defence on benign payloads, bounded by a Wilson interval. */
public final class ImmuneSiege implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("immune-siege", Tier.SCIENTIFIC, "immune",
                "Bound the false-positive rate of the substrate's defence on benign traffic.",
                "The payload corpus (benign and attack-like, labelled) is replayed several times; every benign payload "
                        + "the defence blocks is a false positive. The claim is about the upper 95% Wilson bound, so a "
                        + "small sample cannot pass by luck.",
                "FPR = blocked benign / benign; Wilson score interval at 95% (closed form, cross-checked by bisection)",
                "the defence would block legitimate users more often than pre-registered");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("max_fpr", "0.05", "pre-registered ceiling on the upper 95% Wilson bound of the FPR"),
                new Param("passes", "3", "replays of the corpus"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("The upper 95% Wilson bound of the defence's false-positive rate on benign payloads is at most "
                + p.text("max_fpr") + ".", "blocked benign cycles / benign cycles over " + p.text("passes")
                + " replays; Wilson 95% interval", new Threshold("fpr_wilson_upper_95", "<=", p.number("max_fpr"), "fraction"),
                "H0: the FPR bound exceeds " + p.text("max_fpr") + ".", "H1: the FPR bound is at most " + p.text("max_fpr") + ".");
    }

    @Override
    public String analysisPlan(Params p) {
        return "replay the corpus " + p.text("passes") + " times without reset; count benign and blocked benign; Wilson 95%";
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
        int passes = ctx.params().integer("passes");
        long benign = 0;
        long falsePositives = 0;
        long attacks = 0;
        long blockedAttacks = 0;
        long cycles = 0;
        long failed = 0;
        long total = ctx.corpus().size() * passes;
        for (int p = 0; p < passes; p++) {
            try (var s = ctx.corpus().records()) {
                for (var it = s.iterator(); it.hasNext(); ) {
                    CorpusRecord r = it.next();
                    var c = ctx.substrate().cycle(r, JsonObject.EMPTY);
                    cycles++;
                    ctx.progress().update(cycles, total);
                    if (!c.ok()) {
                        failed++;
                        continue;
                    }
                    boolean blocked = c.number("blocked") == 1;
                    if (r.meta("label", "").equals("benign")) {
                        benign++;
                        falsePositives += blocked ? 1 : 0;
                    } else {
                        attacks++;
                        blockedAttacks += blocked ? 1 : 0;
                    }
                }
            }
        }
        ctx.progress().finish(cycles);
        JsonObject detail = JsonObject.builder().put("benign", benign).put("false_positives", falsePositives)
                .put("attacks", attacks).put("blocked_attacks", blockedAttacks).put("failed_cycles", failed).build();
        if (benign == 0) {
            return ScenarioResult.inconclusive(0.0, List.of(Scenarios.own("wilson-ci", "false_positive_rate", 0.0)
                    .detail(detail).build()), cycles, "no benign payload was processed");
        }
        WilsonCi wilson = new ClosedFormWilsonCi();
        WilsonCi.Interval ci = wilson.compute(falsePositives, benign, 0.95);
        Evidence e = Evidence.builder().pillar("wilson-ci").statistic("false_positive_rate", (double) falsePositives / benign)
                .library(wilson.library(), wilson.version()).ci(ci.lower(), ci.upper()).detail(detail).build();
        return ScenarioResult.of(ci.upper(), List.of(e), cycles);
    }
}
