package dev.ophamin.testing;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Claim;
import dev.ophamin.model.DataSection;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Identity;
import dev.ophamin.model.Numeric;
import dev.ophamin.model.PreRegistration;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.Reproduction;
import dev.ophamin.model.Threshold;
import dev.ophamin.model.Verdict;
import java.util.List;

/** Proofs built through the public builders, for tests. */
public final class SampleRecords {
    private SampleRecords() {
    }

    public static ProofRecord proof(double observed, String comparator, double threshold) {
        Threshold t = new Threshold("welch_t_abs_diff", comparator, threshold, "units \u2014 \u00b5s");
        return ProofRecord.builder()
                .identity(new Identity("0.1.0", "abc123", "2026-05-18T01:59:53.455169+00:00"))
                .claim(new Claim("Scipy and Hipparchus agree <on> Welch's t & \"p\"", "|t_a - t_b|", t,
                        "H0: they differ", "H1: they agree"))
                .preregistration(new PreRegistration("c0ffee", "d00d", "compare two implementations",
                        JsonObject.builder().put("n", 10L).put("alpha", 0.05).build(),
                        "2026-05-18T01:59:50+00:00"))
                .data(new DataSection("hipparchus", "4.0.2", List.of(
                        Dataset.corpus("synthetic-normal", "beef", 1234567, "seeded numpy rng"))))
                .addEvidence(Evidence.builder().pillar("I.welch").statistic("t", Numeric.ofInteger(3))
                        .library("scipy", "1.17.1").effectSize(0.25).ci(-0.125, 0.5).pValue(1e-5)
                        .crossCheck("passed").detail(JsonObject.builder().put("z", "last").put("a", 1L).build())
                        .build())
                .verdict(Verdict.decide(observed, t))
                .reproduction(new Reproduction("./ophamin run welch-t-crosscheck --seed 1",
                        JsonObject.builder().put("java", "17").put("hipparchus", "4.0.2").build(), List.of()))
                .provenance(JsonObject.builder().put("entity", JsonObject.EMPTY).build())
                .build();
    }
}
