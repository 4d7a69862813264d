package dev.ophamin.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceTest {
    static Path shared() {
        Path p = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus");
        Assumptions.assumeTrue(Files.isDirectory(p), "../shared/corpus missing");
        return p;
    }

    static Path fixtures() {
        return Path.of(System.getProperty("ophamin.root", ".."), "fixtures");
    }

    @Test
    void everySuiteInTheSharedCorpusAndTheFixturesPasses() {
        List<SuiteReport> reports = Conformance.run(Conformance.discover(List.of(shared(), fixtures())));
        List<String> names = reports.stream().map(SuiteReport::suite).collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("canonical-fixtures", "doubles", "reference-fixtures", "shipped-records",
                "emitter-roundtrip", "jsontestsuite", "jcs-vectors")), names.toString());
        assertTrue(ReportFormat.allPassed(reports), ReportFormat.table(reports));
        SuiteReport shipped = reports.stream().filter(r -> r.suite().equals("shipped-records")).findFirst().orElseThrow();
        assertTrue(shipped.cases() >= 100, "cases " + shipped.cases());
    }

    @Test
    void aWrongManifestRowIsReported(@TempDir Path tmp) throws Exception {
        Path corpus = shared().resolve("ophamin");
        List<String> rows = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
        String reject = rows.stream().filter(r -> r.contains("\trejects\t")).findFirst().orElseThrow().split("\t")[0];
        String good = rows.stream().filter(r -> r.contains("\tproof\tverifies\tophamin-scenario-proof-key")).findFirst()
                .orElseThrow().split("\t")[0];
        Files.createDirectories(tmp.resolve("a"));
        Files.copy(corpus.resolve(reject), tmp.resolve("a/rejected.json"));
        Files.copy(corpus.resolve(good), tmp.resolve("a/good.json"));
        Files.writeString(tmp.resolve("MANIFEST.tsv"), "path\tkind\texpect\tkey\n"
                + "a/rejected.json\tproof\tverifies\tophamin-scenario-proof-key\n"
                + "a/good.json\tproof\tverifies\tanother-key\n"
                + "a/good.json\tproof\tsurprising\t\n"
                + "a/missing.json\tproof\tverifies\tk\n");
        SuiteReport r = Conformance.run(Conformance.discover(List.of(tmp))).get(0);
        assertEquals(4, r.cases());
        assertEquals(0, r.passed());
        String table = ReportFormat.table(List.of(r));
        assertTrue(table.contains("a/rejected.json: expected to verify"), table);
        assertTrue(table.contains("a/good.json: verified with default, expected manifest"), table);
        assertTrue(table.contains("unknown expectation 'surprising'"), table);
        assertTrue(table.contains("a/missing.json: listed in MANIFEST.tsv but missing"), table);
    }

    @Test
    void aWrongFixtureIsReported(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("canonical"));
        String input = Base64.getEncoder().encodeToString("{\"b\":1,\"a\":2.50}".getBytes(StandardCharsets.UTF_8));
        Files.writeString(tmp.resolve("canonical/accepted.jsonl"),
                "{\"id\":\"ok\",\"rule\":\"r\",\"input_b64\":\"" + input + "\",\"python_json\":\"{\\\"a\\\":2.5,\\\"b\\\":1}\","
                        + "\"jcs\":\"{\\\"a\\\":2.5,\\\"b\\\":1}\",\"hmac_sha256\":\"" + hmac("{\"a\":2.5,\"b\":1}") + "\"}\n"
                        + "{\"id\":\"wrong\",\"rule\":\"r\",\"input_b64\":\"" + input + "\",\"python_json\":\"{\\\"a\\\":2.50,\\\"b\\\":1}\","
                        + "\"jcs\":null,\"hmac_sha256\":\"00\"}\n");
        Files.writeString(tmp.resolve("canonical/refused.jsonl"),
                "{\"id\":\"dup\",\"rule\":\"r\",\"input_b64\":\"" + Base64.getEncoder().encodeToString("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8))
                        + "\",\"violation\":\"duplicate-key\"}\n"
                        + "{\"id\":\"fine\",\"rule\":\"r\",\"input_b64\":\"" + input + "\",\"violation\":\"syntax\"}\n");
        SuiteReport r = Conformance.run(Conformance.discover(List.of(tmp))).get(0);
        assertEquals(4, r.cases());
        assertEquals(2, r.passed());
        assertEquals(List.of("wrong", "fine"), r.failures().stream().map(CaseResult::name).collect(Collectors.toList()));
        assertFalse(ReportFormat.allPassed(List.of(r)));
        assertTrue(ReportFormat.json(List.of(r)).contains("\"ok\": false"));
    }

    private static String hmac(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return dev.ophamin.verify.HmacKey.ofText("k", ProjectFixtureSuite.KEY).hexMac(b, 0, b.length);
    }

    @Test
    void aDirectoryWithoutSuitesIsAnError(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conformance.discover(List.of(tmp)));
        assertTrue(e.getMessage().contains("no conformance suite found"));
    }

    @Test
    void wycheproofVectorsPassAndABrokenBackendIsCaught() {
        Path w = shared().resolve("wycheproof");
        java.util.Map<String, dev.ophamin.verify.Ed25519Check> backends = new java.util.TreeMap<>();
        backends.put("jdk", dev.ophamin.verify.Ed25519Check.jdk());
        backends.put("accepts-all", (pk, msg, off, len, sig) -> true);
        backends.put("refuses-all", (pk, msg, off, len, sig) -> false);
        java.util.Map<String, SuiteReport> byName = new java.util.HashMap<>();
        for (SuiteReport r : Conformance.run(Conformance.discover(List.of(w), backends))) {
            byName.put(r.suite(), r);
        }
        assertEquals(150, byName.get("wycheproof-ed25519-jdk").cases());
        assertEquals(0, byName.get("wycheproof-ed25519-jdk").failed(), byName.get("wycheproof-ed25519-jdk").failures().toString());
        assertEquals(0, byName.get("wycheproof-hmac-sha256").failed(), byName.get("wycheproof-hmac-sha256").failures().toString());
        assertEquals(174, byName.get("wycheproof-hmac-sha256").cases());
        // every invalid vector is a failure for a backend that accepts everything, every valid one for one that refuses
        assertEquals(62, byName.get("wycheproof-ed25519-accepts-all").failed());
        assertTrue(byName.get("wycheproof-ed25519-accepts-all").failures().stream()
                .allMatch(c -> c.detail().equals("invalid signature accepted")));
        assertEquals(88, byName.get("wycheproof-ed25519-refuses-all").failed());
    }
}
