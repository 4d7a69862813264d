package dev.ophamin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ophamin.audit.AuditRequest;
import dev.ophamin.audit.AuditRunner;
import dev.ophamin.audit.AuditService;
import dev.ophamin.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exported SARIF validates against the official schema; exported JUnit XML parses back to the verdicts. */
class ExportTest {
    static final Path SHARED = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus");

    static Path audit(Path dir, String... pillars) throws Exception {
        Path sample = Path.of("src/test/resources/audit-sample");
        AuditRequest.Builder b = AuditRequest.builder(sample).out(dir.resolve("audit.json"));
        for (String p : pillars) {
            b.pillar(p);
        }
        b.sarifCommand("broken=sh -c 'echo not-sarif'");
        new AuditService(dev.ophamin.scenario.EngineInfo.of("t", "c", Map.of())).audit(b.build(), AuditRunner.Listener.SILENT);
        return dir.resolve("audit.json");
    }

    @Test
    void sarifExportValidatesAgainstTheOfficialSchema(@TempDir Path dir) throws Exception {
        Path schemaFile = SHARED.resolve("sarif/sarif-schema-2.1.0.json");
        Assumptions.assumeTrue(Files.isRegularFile(schemaFile), "../shared SARIF schema missing");
        Path a = audit(dir, "pmd", "checkstyle", "shellcheck", "bandit");
        Path out = dir.resolve("audit.sarif");
        Cli r = Cli.run("export", "sarif", a.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String sarif = Files.readString(out);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(schemaFile), InputFormat.JSON);
        List<com.networknt.schema.Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors.toString());
        // and the schema is not a rubber stamp: a result without a message is refused
        String broken = sarif.replaceFirst("\"message\": \\{\\s*\"text\": \"[^\"]*\"\\s*}", "\"message\": {}");
        assertTrue(!schema.validate(broken, InputFormat.JSON).isEmpty(), "schema must refuse a message without text");
        // one run per pillar, results carry rule, level, location and message
        dev.ophamin.canonical.JsonObject log = (dev.ophamin.canonical.JsonObject) dev.ophamin.canonical.JsonReader.standard()
                .read(Files.readAllBytes(out));
        List<dev.ophamin.canonical.JsonValue> runs = ((dev.ophamin.canonical.JsonArray) log.get("runs")).items();
        assertEquals(5, runs.size());
        String text = sarif;
        assertTrue(text.contains("\"ruleId\": \"EqualsHashCode\""), "checkstyle rule");
        assertTrue(text.contains("\"uri\": \"src/sample/Ledger.java\""), "relative location");
        assertTrue(text.contains("\"level\": \"error\""), "high -> error");
        assertTrue(text.contains("\"executionSuccessful\": false"), "the broken pillar's invocation failed");
    }

    @Test
    void sarifRoundTripsThroughIngestion(@TempDir Path dir) throws Exception {
        Path a = audit(dir, "pmd");
        Path out = dir.resolve("audit.sarif");
        assertEquals(0, Cli.run("export", "sarif", a.toString(), "-o", out.toString()).exit());
        dev.ophamin.model.AuditRecord first = (dev.ophamin.model.AuditRecord) dev.ophamin.emit.RecordFiles.read(a);
        Cli again = Cli.run("audit", "--sarif", out.toString(), "--quiet", "--out", dir.resolve("again.json").toString(),
                "src/test/resources/audit-sample");
        assertEquals(0, again.exit(), again.err());
        dev.ophamin.model.AuditRecord second = (dev.ophamin.model.AuditRecord) dev.ophamin.emit.RecordFiles
                .read(dir.resolve("again.json"));
        assertEquals(first.pillars().get(0).findingCount(), second.pillars().get(0).findingCount());
        assertEquals(first.pillars().get(0).severityHistogram().keys(), second.pillars().get(0).severityHistogram().keys());
        assertEquals(first.pillars().get(0).perRuleTop10(), second.pillars().get(0).perRuleTop10());
    }

    @Test
    void junitXmlFromProofsParsesBackToTheirVerdicts(@TempDir Path dir) throws Exception {
        Path proofs = SHARED.resolve("ophamin/proofs");
        Assumptions.assumeTrue(Files.isDirectory(proofs));
        Path out = dir.resolve("junit.xml");
        Cli r = Cli.run("export", "junit", proofs.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList cases = doc.getElementsByTagName("testcase");
        int tests = Integer.parseInt(root.getAttribute("tests"));
        assertEquals(cases.getLength(), tests);
        assertTrue(tests > 50, "the shipped proofs: " + tests);
        int failures = doc.getElementsByTagName("failure").getLength();
        int skipped = doc.getElementsByTagName("skipped").getLength();
        assertEquals(Integer.parseInt(root.getAttribute("failures")), failures);
        assertEquals(Integer.parseInt(root.getAttribute("skipped")), skipped);
        // count the verdicts straight from the files
        int refuted = 0;
        int inconclusive = 0;
        for (Path p : (Iterable<Path>) Files.walk(proofs).filter(x -> x.toString().endsWith(".json"))::iterator) {
            try {
                if (dev.ophamin.emit.RecordFiles.read(p) instanceof dev.ophamin.model.ProofRecord pr) {
                    refuted += pr.verdict().outcome() == dev.ophamin.model.Outcome.REFUTED ? 1 : 0;
                    inconclusive += pr.verdict().outcome() == dev.ophamin.model.Outcome.INCONCLUSIVE ? 1 : 0;
                }
            } catch (Exception e) {
                // not a proof
            }
        }
        assertEquals(refuted, failures);
        assertEquals(inconclusive, skipped);
        Element f = (Element) doc.getElementsByTagName("failure").item(0);
        if (f != null) {
            assertTrue(f.getAttribute("message").startsWith("REFUTED: "), f.getAttribute("message"));
            assertTrue(f.getTextContent().contains("reproduce: "), f.getTextContent());
        }
    }

    @Test
    void junitRefusesWhatHoldsNoProof(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.json"), "{}");
        assertEquals(2, Cli.run("export", "junit", dir.toString(), "-o", dir.resolve("o.xml").toString()).exit());
        assertEquals(2, Cli.run("export", "junit", dir.resolve("missing.json").toString()).exit());
        assertEquals(2, Cli.run("export", "sarif", dir.resolve("x.json").toString()).exit());
        assertTrue(!Files.exists(dir.resolve("o.xml")), "no partial output");
    }
}
