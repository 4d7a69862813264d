package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.pillar.srm.SampleRatioMismatch;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import dev.ophamin.record.RecordKind;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A 50/50 experiment split: the arms that complete a cycle show no sample-ratio mismatch. */
public final class SampleRatio implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("sample-ratio", Tier.SCIENTIFIC, "experiment-hygiene",
                "Check an A/B split for sample-ratio mismatch before trusting any comparison built on it.",
                "Each payload is assigned to arm A or B by the first byte of sha256(id) (a 50/50 design) and run through "
                        + "the substrate; completed cycles per arm are tested against the design ratio with a chi-square "
                        + "goodness-of-fit test.",
                "chi-square goodness of fit of completed cycles per arm against 50/50 (Hipparchus)",
                "cycles are being lost unevenly between arms, so any A/B comparison on them would be biased");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("min_p", "0.01", "pre-registered: the SRM p-value must be at least this"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Completed cycles show no sample-ratio mismatch against the 50/50 design (p >= " + p.text("min_p") + ").",
                "chi-square goodness-of-fit p-value of completed cycles per arm against 0.5/0.5",
                new Threshold("srm_p_value", ">=", p.number("min_p"), "p"),
                "H0 (what the threshold protects): the split deviates from 50/50.",
                "H1: the split is consistent with 50/50.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "assign by sha256(id)[0] % 2; one pass; count ok cycles per arm; chi-square against 0.5/0.5";
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
        long[] completed = new long[2];
        long[] assigned = new long[2];
        long cycles = 0;
        try (var s = ctx.corpus().records()) {
            for (var it = s.iterator(); it.hasNext(); ) {
                CorpusRecord r = it.next();
                String h = RecordKind.sha256Hex(r.id().getBytes(StandardCharsets.UTF_8));
                int arm = Integer.parseInt(h.substring(0, 2), 16) % 2;
                assigned[arm]++;
                if (ctx.substrate().cycle(r, JsonObject.EMPTY).ok()) {
                    completed[arm]++;
                }
                cycles++;
                ctx.progress().update(cycles, ctx.corpus().size());
            }
        }
        ctx.progress().finish(cycles);
        SampleRatioMismatch.Result srm = SampleRatioMismatch.test(completed, new double[] {0.5, 0.5});
        // the p-value is the statistic here, not evidence.p_value: a high p supports this claim, so it must
        // not join the campaign's multiplicity family (spec/CAMPAIGNS.md)
        Evidence e = Evidence.builder().pillar("sample-ratio-mismatch").statistic("srm_p_value", srm.p())
                .library("hipparchus", Scenarios.HIPPARCHUS_VERSION)
                .detail(JsonObject.builder().put("chi_square", srm.statistic()).put("completed_a", completed[0]).put("completed_b", completed[1])
                        .put("assigned_a", assigned[0]).put("assigned_b", assigned[1]).put("df", (long) srm.df()).build())
                .build();
        return ScenarioResult.of(srm.p(), List.of(e), cycles);
    }
}
