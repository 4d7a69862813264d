package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
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

/** How much of an attack corpus the substrate's defence blocks (JSON-lines corpus). */
public final class PayloadDefenceRecall implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("payload-defence-recall", Tier.SCIENTIFIC, "immune",
                "Measure how much of a labelled attack corpus the substrate's defence blocks.",
                "Every payload labelled 'attack' is fed to the substrate; a cycle counts as blocked when the "
                        + "substrate reports blocked=1. Benign payloads are fed too, so the defence sees a realistic mix.",
                "recall = blocked attacks / attacks, over the whole corpus in order, from a reset substrate",
                "the defence lets through more attacks than pre-registered; its detector needs work");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("min_recall", "0.8", "pre-registered minimum share of attacks blocked"),
                new Param("injection_rate", "1.0", "stimulus injection rate passed to the substrate"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("The substrate's defence blocks at least " + p.text("min_recall") + " of attack payloads.",
                "recall = cycles with blocked=1 among records labelled attack / records labelled attack",
                new Threshold("attack_recall", ">=", p.number("min_recall"), "fraction"),
                "H0: the defence blocks fewer than " + p.text("min_recall") + " of attacks.",
                "H1: the defence blocks at least " + p.text("min_recall") + " of attacks.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "feed every record once in corpus order; recall over attack-labelled records; failed cycles count as not blocked";
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
        JsonObject sweep = JsonObject.builder().put("injection_rate", ctx.params().number("injection_rate")).build();
        Cycles.Run run = Cycles.over(ctx, ctx.corpus().records(), ctx.corpus().size(), sweep);
        int attacks = 0;
        int blocked = 0;
        for (int i = 0; i < run.results().size(); i++) {
            CorpusRecord r = run.records().get(i);
            if (r.meta("label", "").equals("attack")) {
                attacks++;
                if (run.results().get(i).ok() && run.results().get(i).number("blocked") == 1) {
                    blocked++;
                }
            }
        }
        var evidence = Scenarios.own("defence-recall", "attack_recall", attacks == 0 ? Double.NaN : (double) blocked / attacks)
                .detail(Scenarios.detail().put("attacks", (long) attacks).put("blocked", (long) blocked)
                        .put("run", Cycles.failures(run)).build());
        if (attacks == 0) {
            return ScenarioResult.inconclusive(Double.NaN, List.of(evidence.statistic("attack_recall", 0.0).build()),
                    run.results().size(), "the corpus has no record labelled attack");
        }
        if (run.failed() == run.results().size()) {
            return ScenarioResult.inconclusive(0.0, List.of(evidence.build()), run.results().size(),
                    "every cycle failed: " + run.firstError());
        }
        return ScenarioResult.of((double) blocked / attacks, List.of(evidence.build()), run.results().size());
    }
}
