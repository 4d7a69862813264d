package dev.ophamin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.audit.sarif.SarifLog;
import dev.ophamin.audit.sarif.SarifPillars;
import dev.ophamin.audit.sarif.ShellWords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF ingestion on every real log in ../shared/corpus/sarif/samples, and refusal of what is not SARIF. */
class SarifLogTest {
    static Path samples;
    @TempDir
    static Path root;
    static AuditTarget target;

    @BeforeAll
    static void locate() throws Exception {
        samples = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "sarif", "samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "../shared/corpus/sarif/samples missing");
        Files.writeString(root.resolve("auth.py"), "x = 1\n");
        target = AuditTarget.of(root);
    }

    static List<SarifLog.Driver> read(String name) throws Exception {
        return SarifLog.read(Files.readAllBytes(samples.resolve(name)), target, null);
    }

    @Test
    void gitleaks() throws Exception {
        List<SarifLog.Driver> d = read("sarif_simple.sarif");
        assertEquals(1, d.size());
        assertEquals("gitleaks", d.get(0).name());
        assertEquals("v8.0.0", d.get(0).version());
        Finding f = d.get(0).findings().get(0);
        assertEquals("test-rule", f.ruleId());
        assertEquals("auth.py", f.path());
        assertEquals(1, f.line());
        assertEquals(1, f.column());
        assertEquals(Severity.MEDIUM, f.severity(), "no level anywhere: SARIF's default, warning");
        assertTrue(f.message().startsWith("test-rule has detected secret"), f.message());
    }

    @Test
    void trivy() throws Exception {
        List<SarifLog.Driver> d = read("alpine-310.sarif.golden");
        assertEquals("Trivy", d.get(0).name());
        assertEquals(5, d.get(0).findings().size());
        for (Finding f : d.get(0).findings()) {
            assertEquals(Severity.HIGH, f.severity(), "level error");
            assertEquals("Dockerfile", f.path());
            assertTrue(f.ruleId().contains("CVE-"), f.ruleId());
            assertEquals("trivy", f.pillarName());
        }
    }

    @Test
    void scorecardsThreeRunsMergeIntoOneDriver() throws Exception {
        List<SarifLog.Driver> d = read("results.sarif");
        assertEquals(1, d.size());
        assertEquals("Scorecard", d.get(0).name());
        assertEquals(9, d.get(0).findings().size());
        assertTrue(d.get(0).findings().stream().anyMatch(f -> f.ruleId().equals("BranchProtectionID")));
        assertEquals("no file associated with this alert", d.get(0).findings().get(0).path());
    }

    @Test
    void messageStringsAndArtifactIndexesAreResolved() throws Exception {
        List<SarifLog.Driver> d = read("DSP1001.LocationsMustProvideRequiredProperties_Invalid.sarif");
        Finding f = d.get(0).findings().get(0);
        assertEquals("DSP1001", f.ruleId());
        assertTrue(f.message().startsWith("runs[0].results[0]: The 'locations' property is absent."), f.message());
        assertTrue(f.path().endsWith("Inputs.DSP1001.LocationsMustProvideRequiredProperties_Invalid.sarif"), f.path());
        assertEquals(20, f.line());
        assertEquals(9, f.column());
        assertEquals(6, d.get(0).findings().size());
        assertEquals("sarif-functional-testing", SarifLog.pillarName(d.get(0).name()));
    }

    @Test
    void levelsKindsSuppressionsAndSecuritySeverity() {
        String log = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"T\",\"rules\":[{\"id\":\"R\","
                + "\"defaultConfiguration\":{\"level\":\"note\"},\"properties\":{\"security-severity\":\"9.8\"}},{\"id\":\"S\","
                + "\"defaultConfiguration\":{\"level\":\"error\"}}]}},\"results\":["
                + "{\"ruleId\":\"R\",\"ruleIndex\":0,\"message\":{\"text\":\"a\"}},"
                + "{\"ruleId\":\"S\",\"ruleIndex\":1,\"message\":{\"text\":\"b\"}},"
                + "{\"ruleId\":\"S\",\"level\":\"note\",\"message\":{\"text\":\"c\"}},"
                + "{\"ruleId\":\"S\",\"kind\":\"pass\",\"message\":{\"text\":\"d\"}},"
                + "{\"ruleId\":\"S\",\"message\":{\"text\":\"e\"},\"suppressions\":[{\"kind\":\"inSource\"}]},"
                + "{\"ruleId\":\"S\",\"kind\":\"review\",\"message\":{\"text\":\"f\"}}]}]}";
        SarifLog.Driver d = SarifLog.read(log.getBytes(StandardCharsets.UTF_8), target, null).get(0);
        assertEquals(List.of(Severity.CRITICAL, Severity.HIGH, Severity.LOW, Severity.INFO),
                d.findings().stream().map(Finding::severity).toList());
        assertEquals(1, d.suppressed());
        assertEquals(1, d.notFailures());
    }

    @Test
    void whatIsNotSarifIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"not json", "not JSON"},
            {"[1]", "top level is not an object"},
            {"{\"runs\":[]}", "no \"version\""},
            {"{\"version\":\"2.0.0\",\"runs\":[]}", "SARIF version 2.0.0 is not supported"},
            {"{\"version\":\"2.1.0\"}", "no \"runs\" array"},
            {"{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}}}]}", "runs[0].tool.driver has no name"},
        };
        for (String[] c : cases) {
            Path f = dir.resolve("bad.sarif");
            Files.writeString(f, c[0]);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SarifPillars.fromFile(f, target));
            assertTrue(e.getMessage().startsWith(f + ": ") && e.getMessage().contains(c[1]), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void commandsAreSplitAsAShellWould() {
        assertEquals(List.of("semgrep", "--sarif", "--config", "p/default", "a b", "c\"d", "e f"),
                ShellWords.split("semgrep --sarif  --config p/default 'a b' \"c\\\"d\" e\\ f"));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("echo 'open"));
        assertThrows(IllegalArgumentException.class, () -> SarifPillars.fromCommand("noequals"));
        assertThrows(IllegalArgumentException.class, () -> SarifPillars.fromCommand("Bad Name=echo"));
    }
}
