package dev.ophamin.analysis;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.emit.ProofSigner;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.Claim;
import dev.ophamin.model.DataSection;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Identity;
import dev.ophamin.model.PreRegistration;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.Reproduction;
import dev.ophamin.model.Threshold;
import dev.ophamin.model.Verdict;
import dev.ophamin.verify.HmacKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Signed proofs with chosen commits, values and times, written in the bundle layout, for the statistics tests. */
final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    static ProofRecord proof(String scenario, String commit, String time, Threshold t, double value, long n) {
        JsonObject prov = JsonObject.builder().put("activity", JsonObject.builder().put("ophamin:scenario_" + scenario,
                JsonObject.builder().put("ophamin:tier", "scientific").build()).build()).build();
        ProofRecord p = ProofRecord.builder()
                .identity(new Identity("0.1.0", "c0", time))
                .claim(new Claim("claim of " + scenario, "op", t, "h0", "h1"))
                .preregistration(new PreRegistration("cfg", "data", "plan", JsonObject.EMPTY, time))
                .data(new DataSection("mock", commit, List.of(Dataset.corpus("d", "h", n, "s"))))
                .addEvidence(Evidence.builder().pillar("p").statistic(t.metric(), value).library("x", "1").build())
                .verdict(Verdict.decide(value, t))
                .reproduction(new Reproduction("./ophamin scenario run " + scenario, JsonObject.EMPTY, List.of()))
                .provenance(prov)
                .build();
        return ProofSigner.sign(p, HmacKey.ofText("k", "ophamin-scenario-proof-key"));
    }

    static void write(Path root, String scenario, ProofRecord p) throws Exception {
        Path dir = root.resolve("scientific").resolve(scenario).resolve("2026-01-01_" + p.verdict().outcome().name()
                .toLowerCase() + "_" + p.proofId().substring(0, 12));
        Files.createDirectories(dir);
        RecordFiles.write(dir.resolve("proof.json"), p);
    }
}
