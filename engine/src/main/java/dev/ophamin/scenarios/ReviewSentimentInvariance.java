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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The substrate's phi does not depend on a review's sentiment (CSV column corpus). */
public final class ReviewSentimentInvariance implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("review-sentiment-invariance", Tier.SCIENTIFIC, "invariance",
                "Test that the substrate's integration signal phi does not depend on the sentiment of its input.",
                "Positive reviews (rating >= 4) and negative ones (rating <= 2) are each fed from a reset substrate; "
                        + "the claim is that the mean phi of the two groups differs by no more than a small bound.",
                "|mean phi(positive) - mean phi(negative)|, each group run from reset in corpus order",
                "the substrate reacts to sentiment, which its model says it should not");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("max_gap", "0.05", "pre-registered bound on the absolute difference of mean phi"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Mean phi differs by at most " + p.text("max_gap") + " between positive and negative reviews.",
                "absolute difference of mean phi between rating>=4 and rating<=2 groups, each group from a reset substrate",
                new Threshold("abs_phi_gap", "<=", p.number("max_gap"), "phi"),
                "H0: the gap exceeds " + p.text("max_gap") + ".", "H1: the gap is at most " + p.text("max_gap") + ".");
    }

    @Override
    public String analysisPlan(Params p) {
        return "split by the rating column; reset; feed positives; reset; feed negatives; compare mean phi over ok cycles";
    }

    @Override
    public String defaultCorpus() {
        return "reviews";
    }

    @Override
    public boolean usesSubstrate() {
        return true;
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        List<CorpusRecord> all;
        try (var s = ctx.corpus().records()) {
            all = s.collect(Collectors.toList());
        }
        List<CorpusRecord> pos = new ArrayList<>();
        List<CorpusRecord> neg = new ArrayList<>();
        for (CorpusRecord r : all) {
            int rating;
            try {
                rating = Integer.parseInt(r.meta("rating", "").trim());
            } catch (NumberFormatException e) {
                continue;
            }
            if (rating >= 4) {
                pos.add(r);
            } else if (rating <= 2) {
                neg.add(r);
            }
        }
        ctx.substrate().reset();
        Cycles.Run p = Cycles.over(ctx, pos.stream(), pos.size(), JsonObject.EMPTY);
        ctx.substrate().reset();
        Cycles.Run n = Cycles.over(ctx, neg.stream(), neg.size(), JsonObject.EMPTY);
        double[] pp = p.measurement("phi");
        double[] nn = n.measurement("phi");
        double gap = Math.abs(Scenarios.mean(pp) - Scenarios.mean(nn));
        var ev = Scenarios.own("group-mean-difference", "abs_phi_gap", Double.isNaN(gap) ? 0.0 : gap)
                .effectSize(Double.isNaN(gap) ? null : Scenarios.mean(pp) - Scenarios.mean(nn))
                .detail(Scenarios.detail().put("positive_n", (long) pp.length).put("negative_n", (long) nn.length)
                        .put("positive_run", Cycles.failures(p)).put("negative_run", Cycles.failures(n)).build()).build();
        long cycles = p.results().size() + n.results().size();
        if (pp.length < 5 || nn.length < 5) {
            return ScenarioResult.inconclusive(0.0, List.of(ev), cycles,
                    "too few rated reviews with a phi reading (" + pp.length + " positive, " + nn.length + " negative)");
        }
        return ScenarioResult.of(gap, List.of(ev), cycles);
    }
}
