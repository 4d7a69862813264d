package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
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
import dev.ophamin.substrate.CycleResult;
import java.util.ArrayList;
import java.util.List;

/** The same sentence in two languages gives the same phi (FLORES-layout corpus). */
public final class TranslationInvariance implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("translation-invariance", Tier.PHILOSOPHICAL, "invariance",
                "Test whether the substrate responds to meaning rather than surface form across languages.",
                "Each sentence and its translation are fed from a reset substrate; the mean absolute phi difference "
                        + "between the pivot language and the other language is compared with a bound.",
                "mean over sentences of |phi(pivot) - phi(other)|, each reading from reset",
                "the substrate's response depends on the language of its input");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("other", "fra_Latn", "the language compared with the pivot"),
                new Param("max_mean_gap", "0.05", "pre-registered bound on the mean absolute phi difference"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Phi differs by at most " + p.text("max_mean_gap") + " on average between a sentence and its "
                + p.text("other") + " translation.",
                "mean |phi(pivot) - phi(" + p.text("other") + ")| over parallel sentences, each from a reset substrate",
                new Threshold("mean_abs_phi_gap", "<=", p.number("max_mean_gap"), "phi"),
                "H0: the mean gap exceeds the bound.", "H1: the mean gap is within the bound.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "for each sentence: reset, cycle(pivot); reset, cycle(translation); average the absolute phi differences";
    }

    @Override
    public String defaultCorpus() {
        return "phrasebook";
    }

    @Override
    public boolean usesSubstrate() {
        return true;
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        String other = ctx.params().text("other");
        List<Double> gaps = new ArrayList<>();
        long cycles = 0;
        int failed = 0;
        int missing = 0;
        try (var s = ctx.corpus().records()) {
            for (var it = s.iterator(); it.hasNext(); ) {
                CorpusRecord r = it.next();
                if (!(r.metadata().get(other) instanceof JsonString)) {
                    missing++;
                    continue;
                }
                CorpusRecord t = new CorpusRecord(r.id() + ":" + other, ((JsonString) r.metadata().get(other)).value(),
                        JsonObject.builder().put("lang", other).build());
                ctx.substrate().reset();
                CycleResult a = ctx.substrate().cycle(r, JsonObject.EMPTY);
                ctx.substrate().reset();
                CycleResult b = ctx.substrate().cycle(t, JsonObject.EMPTY);
                cycles += 2;
                if (a.ok() && b.ok()) {
                    gaps.add(Math.abs(a.number("phi") - b.number("phi")));
                } else {
                    failed++;
                }
                ctx.progress().update(cycles, ctx.corpus().size() * 2);
            }
        }
        ctx.progress().finish(cycles);
        double mean = Scenarios.mean(gaps.stream().mapToDouble(Double::doubleValue).toArray());
        var ev = Scenarios.own("paired-difference", "mean_abs_phi_gap", gaps.isEmpty() ? 0.0 : mean)
                .detail(Scenarios.detail().put("pairs", (long) gaps.size()).put("failed_pairs", (long) failed)
                        .put("sentences_without_" + other, (long) missing).build()).build();
        if (gaps.size() < 5) {
            return ScenarioResult.inconclusive(0.0, List.of(ev), cycles, "fewer than 5 complete sentence pairs in " + other);
        }
        return ScenarioResult.of(mean, List.of(ev), cycles);
    }
}
