package dev.ophamin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonReader;
import dev.ophamin.emit.ProofSigner;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.CampaignPhase;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Outcome;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.Verdict;
import dev.ophamin.record.RecordKind;
import dev.ophamin.testing.Cli;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignTest {
    @Test
    void runAllWritesAVerifiedCampaignWithSixPhasesAndReports(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("c");
        Cli r = Cli.run("run-all", "--scenarios", "mail-energy-reserve,translation-invariance",
                "--out-dir", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("[1/2] mail-energy-reserve"), r.err());
        Path record;
        try (Stream<Path> s = Files.list(out)) {
            record = s.filter(p -> p.getFileName().toString().startsWith("campaign-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(record);
        assertTrue(Verifier.builder().strict(true).schemaCheck(new dev.ophamin.schema.RecordSchemas()).build().verify(bytes).ok());
        CampaignRecord c = (CampaignRecord) RecordFiles.parse(bytes);
        assertEquals("2.0", c.schemaVersion());
        assertEquals(List.of("seeing", "measuring", "comparing", "instrumenting", "auditing", "reporting"),
                c.phases().stream().map(CampaignPhase::wheel).collect(Collectors.toList()));
        CampaignPhase auditing = c.phases().get(4);
        assertEquals("skipped", auditing.status());
        assertTrue(auditing.error().startsWith("nothing to audit"));
        assertEquals(2, c.correctedVerdicts().size());
        assertEquals(2, c.phases().get(1).artifactPaths().size());
        for (String f : List.of("SUMMARY.json", "REPORT.md", "REPORT.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String html = Files.readString(out.resolve("REPORT.html"));
        assertEquals(2, html.split("<svg", -1).length - 1, "one figure per claim");
        assertTrue(Verifier.builder().build().verify(Files.readAllBytes(out.resolve(c.phases().get(1).artifactPaths().get(0)))).ok());
        pythonAccepts(record, "campaign_id");
    }

    @Test
    void badCampaignUsage(@TempDir Path tmp) throws Exception {
        assertEquals(2, Cli.run("run-all", "--scenarios", "nope", "--out-dir", tmp.resolve("a").toString()).exit());
        assertEquals(2, Cli.run("run-all", "--fwer-method", "bonferroni", "--out-dir", tmp.resolve("b").toString()).exit());
        Files.writeString(tmp.resolve("x"), "occupied");
        Cli busy = Cli.run("run-all", "--out-dir", tmp.toString());
        assertEquals(2, busy.exit());
        assertTrue(busy.err().contains("not empty"), busy.err());
    }

    static ProofRecord proof(ProofRecord base, double p, boolean satisfied) {
        var t = base.claim().threshold();
        double v = t.value();
        double observed = satisfied == t.decide(v) ? v : satisfied == t.decide(v + 1) ? v + 1 : v - 1;
        Evidence e = Evidence.builder().pillar("test").statistic("s", 1.0).library("x", "1").pValue(p).build();
        return ProofSigner.sign(base.toBuilder().verdict(Verdict.decide(observed, t)).evidence(List.of(e))
                .claim(new dev.ophamin.model.Claim(base.claim().statement() + p, base.claim().operationalization(), t,
                        base.claim().h0(), base.claim().h1())).build(),
                HmacKey.ofText("k", RecordKind.PROOF.defaultKey()));
    }

    @Test
    void correctionOnlyDemotesValidated() throws Exception {
        Path corpus = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");
        Assumptions.assumeTrue(Files.isDirectory(corpus));
        String f = Files.readAllLines(corpus.resolve("MANIFEST.tsv")).stream()
                .filter(l -> l.contains("\tproof\tverifies\t") && l.contains("_validated_")).findFirst().orElseThrow().split("\t")[0];
        ProofRecord base = ProofRecord.fromJson(JsonReader.standard().read(Files.readAllBytes(corpus.resolve(f))));
        ProofRecord a = proof(base, 0.04, true);
        ProofRecord b = proof(base, 0.03, true);
        ProofRecord refuted = proof(base, 0.5, false);
        List<ProofRecord> ps = List.of(a, b, refuted);
        Multiplicity.Result holm = Multiplicity.correct(ps, "holm", 0.05);
        assertEquals(3, holm.familySize());
        assertEquals(Outcome.INCONCLUSIVE, holm.verdicts().get(a.proofId()));
        assertEquals(Outcome.INCONCLUSIVE, holm.verdicts().get(b.proofId()));
        assertEquals(Outcome.REFUTED, holm.verdicts().get(refuted.proofId()));
        assertEquals(2, holm.demoted());
        Multiplicity.Result bh = Multiplicity.correct(ps, "bh", 0.05);
        assertEquals(Outcome.INCONCLUSIVE, bh.verdicts().get(a.proofId()), "bh adjusted p 0.06 > 0.05");
        Multiplicity.Result bh2 = Multiplicity.correct(List.of(a, b), "bh", 0.05);
        assertEquals(Outcome.VALIDATED, bh2.verdicts().get(a.proofId()), "bh adjusted p 0.04 <= 0.05");
        assertEquals(Outcome.INCONCLUSIVE, Multiplicity.correct(List.of(a, b), "holm", 0.05).verdicts().get(a.proofId()));
        Multiplicity.Result none = Multiplicity.correct(ps, "none", 0.05);
        assertEquals(0, none.demoted());
        assertEquals(Outcome.VALIDATED, none.verdicts().get(a.proofId()));
    }

    @Test
    void correctAndReportCommands(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("c");
        assertEquals(0, Cli.run("run-all", "--scenarios", "mail-energy-reserve", "--out-dir", out.toString()).exit());
        Cli c = Cli.run("correct", out.toString(), "--method", "bh");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("1 proofs; family (with a p-value): 0; bh at 0.05 demoted 0"), c.out());
        assertEquals(2, Cli.run("correct", out.toString(), "--method", "sidak").exit());
        Path rep = tmp.resolve("r");
        Cli r = Cli.run("report", out.toString(), "--out-dir", rep.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(rep.resolve("REPORT.md")).contains("mail-energy-reserve"));
        assertEquals(2, Cli.run("report", tmp.resolve("missing").toString()).exit());
    }

    static void pythonAccepts(Path record, String idField) throws Exception {
        dev.ophamin.testing.PythonCheck.accepts(record, idField, "ophamin-scenario-proof-key", false);
    }
}
