package dev.ophamin.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.CampaignPhase;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.DriftScanRecord;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.model.VerdictTransition;
import dev.ophamin.testing.Corpus;
import dev.ophamin.testing.PythonOracle;
import dev.ophamin.testing.SampleRecords;
import dev.ophamin.verify.HmacKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records this emitter signs check out under python3's stdlib json/hashlib/hmac (the reference's way). */
class SigningOracleTest {
    private static final HmacKey KEY = HmacKey.ofText("test", "ophamin-scenario-proof-key");

    // Recomputes id and HMAC the way the reference does for each kind; answers "ok" or the problem.
    private static final String VERIFY = String.join("\n",
            "import json, hashlib, hmac",
            "KINDS = {'proof_id': (('proof_id','signature','attestation'), (',', ':')),",
            "         'audit_id': (('audit_id','signature'), (', ', ': ')),",
            "         'campaign_id': (('campaign_id','signature'), (',', ':')),",
            "         'alert_id': (('alert_id','signature'), (',', ':')),",
            "         'scan_id': (('scan_id','signature'), (',', ':'))}",
            "for raw in inputs():",
            "    key, _, doc = raw.partition(b'\\n')",
            "    rec = json.loads(doc)",
            "    problems = []",
            "    if json.dumps(rec, indent=2).encode() != doc: problems.append('layout')",
            "    idf = [k for k in KINDS if k in rec][0]",
            "    drop, seps = KINDS[idf]",
            "    body = {k: v for k, v in rec.items() if k not in drop}",
            "    canon = json.dumps(body, sort_keys=True, separators=seps).encode('utf-8')",
            "    if hashlib.sha256(canon).hexdigest() != rec[idf]: problems.append('id')",
            "    if not hmac.compare_digest(hmac.new(key, canon, hashlib.sha256).hexdigest(), rec['signature']): problems.append('hmac')",
            "    answer((' '.join(problems) or 'ok').encode())");

    static List<String> verifyInPython(List<SignedRecord> records, String key) throws Exception {
        List<byte[]> in = new ArrayList<>();
        for (SignedRecord r : records) {
            in.add(PythonOracle.utf8(key + "\n" + PythonOracle.text(RecordFiles.bytes(r))));
        }
        List<String> out = new ArrayList<>();
        for (byte[] b : PythonOracle.run(VERIFY, in)) {
            out.add(PythonOracle.text(b));
        }
        return out;
    }

    @Test
    void signedRecordsOfEveryKindVerifyInPython() throws Exception {
        ProofRecord proof = ProofSigner.sign(SampleRecords.proof(0.01, "<=", 0.05), KEY);
        ProofRecord attested = ProofSigner.sign(SampleRecords.proof(0.2, "<=", 0.05), KEY,
                AuthorKey.generate("ada@example.org"));
        CampaignPhase phase = new CampaignPhase("measuring", "2026-05-18T01:00:00+00:00",
                "2026-05-18T01:05:00+00:00", "ok", List.of("proofs/a.json"),
                JsonObject.builder().put("n", 3L).build(), null);
        CampaignRecord c2 = RecordSigner.sign(CampaignRecord.unsigned("kimera", "abc", "t0", "t1", "0.1.0", "",
                List.of(phase), JsonObject.builder().put("claim-1", "REFUTED").build(), "holm"), KEY);
        CampaignRecord c1 = RecordSigner.sign(new CampaignRecord("", "1.0", "kimera", "abc", "t0", "t1", "0.1.0", "",
                List.of(phase), null, null, ""), KEY);
        VerdictTransition t = new VerdictTransition("fam|m|>=|1.0", "fam", "m", "VALIDATED", 2.0, "a", "before/x.json",
                "REFUTED", 0.5, "b", "after/x.json", VerdictTransition.classify("VALIDATED", "REFUTED"));
        RegressionAlertRecord alert = RecordSigner.sign(RegressionAlertRecord.unsigned("before", "after", 1, 1,
                "t", "0.1.0", "", List.of(t), List.of(), List.of("after/y.json")), KEY);
        DriftScanRecord drift = RecordSigner.sign(new DriftScanRecord("", 2, "0.1.0", "", "t", "page-hinkley",
                JsonObject.builder().put("delta", 0.005).build(), "latency", 500, "ff",
                JsonArray.of(JsonObject.builder().put("index", 17L).build()), ""), KEY);
        List<SignedRecord> all = List.of(proof, attested, c2, c1, alert, drift);
        assertEquals(List.of("ok", "ok", "ok", "ok", "ok", "ok"), verifyInPython(all, "ophamin-scenario-proof-key"));
        assertEquals("regression", t.transitionClass());
        assertTrue(alert.hasRegressions());
        assertFalse(c1.body().has("corrected_verdicts"));
    }

    @Test
    void tamperingIsCaughtByTheOracle() throws Exception {
        ProofRecord proof = ProofSigner.sign(SampleRecords.proof(0.01, "<=", 0.05), KEY);
        ProofRecord other = ProofSigner.sign(SampleRecords.proof(0.02, "<=", 0.05), KEY);
        // other's body under proof's id and signature
        ProofRecord forged = other.withIdAndSignature(proof.proofId(), proof.signature());
        assertEquals(List.of("id hmac"), verifyInPython(List.of(forged), "ophamin-scenario-proof-key"));
        assertEquals(List.of("hmac"), verifyInPython(List.of(proof), "some-other-key"));
    }

    @Test
    void auditsResignedByTheEmitterVerifyInPython() throws Exception {
        List<SignedRecord> audits = new ArrayList<>();
        for (Corpus.Entry e : Corpus.entries()) {
            if (e.kind().equals("audit")) {
                SignedRecord a = RecordFiles.parse(Files.readAllBytes(e.file()));
                audits.add(RecordSigner.sign(a, HmacKey.ofText("k", "another-audit-key")));
            }
        }
        assertEquals(2, audits.size());
        assertEquals(List.of("ok", "ok"), verifyInPython(audits, "another-audit-key"));
    }

    @Test
    void attestationCoversTheBodyAndVerifiesWithPyNaCl() throws Exception {
        AuthorKey author = AuthorKey.generate("ada@example.org");
        ProofRecord p = ProofSigner.sign(SampleRecords.proof(0.01, "<=", 0.05), KEY, author);
        assertTrue(ProofSigner.attestationValid(p));
        assertEquals(ProofSigner.sign(p, KEY).proofId(), p.proofId(), "attestation is outside the body");
        ProofRecord tampered = p.toBuilder().provenance(JsonObject.builder().put("x", "y").build()).build()
                .withIdAndSignature(p.proofId(), p.signature()).withAttestation(p.attestation());
        assertFalse(ProofSigner.attestationValid(tampered));
        assertEquals(author, AuthorKey.fromSeedHex("ada@example.org", author.seedHex()));
        assertEquals(author.publicKeyHex(), AuthorKey.fromSeedHex("x", author.seedHex()).publicKeyHex());
        if (Files.isExecutable(Path.of("/usr/bin/python3")) && pynaclAvailable()) {
            byte[] in = PythonOracle.utf8(PythonOracle.text(p.canonicalBody()) + "\n" + p.attestation().publicKey()
                    + "\n" + p.attestation().signature() + "\n" + author.seedHex());
            List<byte[]> out = PythonOracle.run("/usr/bin/python3", String.join("\n",
                    "import nacl.signing",
                    "for raw in inputs():",
                    "    body, pk, sig, seed = raw.split(b'\\n')",
                    "    vk = nacl.signing.VerifyKey(bytes.fromhex(pk.decode()))",
                    "    vk.verify(body, bytes.fromhex(sig.decode()))",
                    "    derived = nacl.signing.SigningKey(bytes.fromhex(seed.decode())).verify_key.encode().hex()",
                    "    answer(('ok' if derived == pk.decode() else 'derived ' + derived).encode())"), List.of(in));
            assertEquals("ok", PythonOracle.text(out.get(0)));
        }
    }

    private static boolean pynaclAvailable() throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import nacl.signing").start();
        return p.waitFor() == 0;
    }

    @Test
    void readingRefusesWhatItCannotKeep() throws Exception {
        String signed = PythonOracle.text(RecordFiles.bytes(ProofSigner.sign(SampleRecords.proof(0.01, "<=", 0.05), KEY)));
        RecordFormatException e = org.junit.jupiter.api.Assertions.assertThrows(RecordFormatException.class,
                () -> RecordFiles.parse(PythonOracle.utf8(signed.replace("\"value\": 0.05", "\"value\": 5"))));
        assertEquals("claim.threshold.value", e.field());
        e = org.junit.jupiter.api.Assertions.assertThrows(RecordFormatException.class,
                () -> RecordFiles.parse(PythonOracle.utf8(signed.replace("\"h1\":", "\"h2\": \"x\", \"h1\":"))));
        assertEquals("claim.h2", e.field());
        e = org.junit.jupiter.api.Assertions.assertThrows(RecordFormatException.class,
                () -> RecordFiles.parse(PythonOracle.utf8(signed.replace("\"comparator\": \"<=\"", "\"comparator\": \"=<\""))));
        assertTrue(e.getMessage().startsWith("claim.threshold: threshold.comparator: must be one of"), e.getMessage());
        // an integer statistic stays an integer
        ProofRecord back = (ProofRecord) RecordFiles.parse(PythonOracle.utf8(signed));
        assertTrue(back.evidence().get(0).statisticValue().isInteger());
        assertNotEquals(-1, signed.indexOf("\"statistic_value\": 3,"));
    }
}
