package dev.ophamin.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonReader;
import dev.ophamin.cli.Main;
import dev.ophamin.emit.ProofSigner;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.model.Verdict;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.Verifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchProofsTest {
    private static final HmacKey KEY = HmacKey.ofText("default", RecordKind.PROOF.defaultKey());

    static ProofRecord validatedShippedProof() throws Exception {
        Path corpus = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");
        Assumptions.assumeTrue(Files.isDirectory(corpus));
        for (String row : Files.readAllLines(corpus.resolve("MANIFEST.tsv"))) {
            String[] f = row.split("\t");
            if (f[1].equals("proof") && f[2].equals("verifies") && f[0].contains("_validated_")) {
                return ProofRecord.fromJson(JsonReader.standard().read(Files.readAllBytes(corpus.resolve(f[0]))));
            }
        }
        throw new AssertionError("no validated proof shipped");
    }

    static ProofRecord withVerdict(ProofRecord p, boolean satisfied) {
        var t = p.claim().threshold();
        double v = t.value();
        double observed = satisfied == t.decide(v) ? v : satisfied == t.decide(v + 1) ? v + 1 : v - 1;
        return ProofSigner.sign(p.toBuilder().verdict(Verdict.decide(observed, t)).build(), KEY);
    }

    static void put(Path root, String scenario, ProofRecord p) throws Exception {
        String dir = p.identity().createdAt().substring(0, 10) + "_" + p.verdict().outcome().name().toLowerCase()
                + "_" + p.proofId().substring(0, 12);
        RecordFiles.write(root.resolve("scientific").resolve(scenario).resolve(dir).resolve("proof.json"), p);
    }

    @Test
    void aRegressionIsFoundSignedAndExitsOne(@TempDir Path tmp) throws Exception {
        ProofRecord base = validatedShippedProof();
        Path before = tmp.resolve("before");
        Path after = tmp.resolve("after");
        put(before, "s-one", withVerdict(base, true));
        put(after, "s-one", withVerdict(base, false));
        ProofRecord other = base.toBuilder().claim(new dev.ophamin.model.Claim("another claim",
                base.claim().operationalization(), base.claim().threshold(), "h0", "h1")).build();
        put(before, "s-two", ProofSigner.sign(other, KEY));

        Path out = tmp.resolve("alert.json");
        StringWriter so = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(so, true));
        int code = cl.execute("watch-proofs", "--before", before.toString(), "--after", after.toString(),
                "--out", out.toString());
        assertEquals(1, code, so.toString());
        assertTrue(so.toString().startsWith("REGRESSION "), so.toString());
        assertTrue(so.toString().contains("1 paired: 1 regressions, 0 recoveries, 0 lateral, 0 unchanged; 1 only before, 0 only after"),
                so.toString());

        byte[] bytes = Files.readAllBytes(out);
        assertTrue(Verifier.builder().build().verify(bytes).ok());
        RegressionAlertRecord alert = (RegressionAlertRecord) RecordFiles.parse(bytes);
        assertEquals("regression", alert.transitions().get(0).transitionClass());
        assertEquals("VALIDATED", alert.transitions().get(0).beforeVerdict());
        assertEquals(List.of(before.relativize(Files.walk(before).filter(p -> p.toString().contains("s-two"))
                .filter(Files::isRegularFile).findFirst().orElseThrow()).toString()), alert.unmatchedInBefore());
        assertPythonAccepts(out);

        // swapping the corpora turns the regression into a recovery: exit 0
        int back = Main.commandLine().execute("watch-proofs", "--before", after.toString(), "--after", before.toString(),
                "--out", tmp.resolve("back.json").toString(), "--no-sign");
        assertEquals(0, back);
        RegressionAlertRecord rev = (RegressionAlertRecord) RecordFiles.read(tmp.resolve("back.json"));
        assertEquals("recovery", rev.transitions().get(0).transitionClass());
        assertEquals("", rev.signature());
    }

    @Test
    void pairingUsesScenarioAndClaimNotFileNames() throws Exception {
        ProofRecord p = validatedShippedProof();
        String bundled = PairingKey.of(p, Path.of("scientific/x-scenario/2026-05-01_validated_0123456789ab/proof.json"));
        String flat = PairingKey.of(p, Path.of("scientific/x-scenario_0123456789abcdef.json"));
        if (!p.provenance().has("activity")) {
            assertEquals(bundled, flat);
            assertTrue(bundled.startsWith("x-scenario#"), bundled);
        } else {
            assertEquals(bundled, flat, "provenance names the scenario for both layouts");
        }
    }

    @Test
    void badDirectoryIsExitTwo(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(2, cl.execute("watch-proofs", "--before", tmp.resolve("nope").toString(), "--after", tmp.toString()));
        assertTrue(err.toString().contains("not a directory"), err.toString());
    }

    static void assertPythonAccepts(Path record) throws Exception {
        String script = String.join("\n",
                "import hashlib, hmac, json, sys",
                "r = json.load(open(sys.argv[1]))",
                "body = {k: v for k, v in r.items() if k not in ('alert_id', 'signature')}",
                "c = json.dumps(body, sort_keys=True, separators=(',', ':')).encode()",
                "assert hashlib.sha256(c).hexdigest() == r['alert_id'], 'id'",
                "assert hmac.compare_digest(hmac.new(b'ophamin-scenario-proof-key', c, 'sha256').hexdigest(), r['signature']), 'sig'",
                "print('ok')");
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script, record.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            System.err.println("SKIPPED: python3 not found: reference check of the alert skipped");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("ok", out.trim(), out);
    }
}
