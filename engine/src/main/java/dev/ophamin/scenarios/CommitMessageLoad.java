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

/** The substrate's accumulated load after reading a repository's history stays bounded (git-log corpus). */
public final class CommitMessageLoad implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("commit-message-load", Tier.ENGINEERING, "load",
                "Check that reading a repository's commit history leaves the substrate's load per message bounded.",
                "Every commit message of the repository (git log, newest first) is fed once from reset; the final "
                        + "accumulated load divided by the number of messages is compared with a bound.",
                "final load / messages, from the substrate's load measurement",
                "ordinary commit messages load the substrate more than its model allows");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("max_load_per_message", "1.5", "pre-registered bound on load per message"),
                new Param("max_messages", "500", "read at most this many commits (newest first)"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Reading commit messages adds at most " + p.text("max_load_per_message") + " load per message.",
                "load measurement after the last message divided by the number of messages read",
                new Threshold("load_per_message", "<=", p.number("max_load_per_message"), "load"),
                "H0: load per message exceeds the bound.", "H1: load per message is within the bound.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "git log of the repository, newest first, at most max_messages; one pass from reset";
    }

    @Override
    public String defaultCorpus() {
        return "repo";
    }

    @Override
    public boolean usesSubstrate() {
        return true;
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        int max = ctx.params().integer("max_messages");
        long total = Math.min(max, ctx.corpus().size());
        Cycles.Run run = Cycles.over(ctx, ctx.corpus().records().limit(max), total, JsonObject.EMPTY);
        double[] load = run.measurement("load");
        double perMessage = load.length == 0 ? 0.0 : load[load.length - 1] / load.length;
        var ev = Scenarios.own("final-state", "load_per_message", perMessage)
                .detail(Scenarios.detail().put("messages", (long) run.results().size()).put("run", Cycles.failures(run)).build())
                .build();
        if (load.length == 0) {
            return ScenarioResult.inconclusive(0.0, List.of(ev), run.results().size(), "no cycle reported load");
        }
        return ScenarioResult.of(perMessage, List.of(ev), run.results().size());
    }
}
