package dev.ophamin.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.AuditRecord;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.testing.Cli;
import dev.ophamin.verify.HmacKey;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ophamin audit} and {@code audit-record} end to end, checked by python3's stdlib as the reference would. */
class AuditCommandTest {
    @TempDir
    static Path tmp;
    static Path sample;

    @BeforeAll
    static void sample() {
        sample = AuditSample.copy(tmp);
    }

    /** python3 recomputes the id and HMAC over the spaced form and the file layout. */
    static void pythonAccepts(Path record, String key) throws Exception {
        dev.ophamin.testing.PythonCheck.accepts(record, "audit_id", key, true);
    }

    @Test
    void auditWritesASignedRecordThePythonReferenceAccepts() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("plain"));
        Cli r = Cli.run("audit", "--pillar", "pmd", "--pillar", "checkstyle", "--pillar", "shellcheck",
                "--out", out.resolve("a.json").toString(), sample.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("pmd            ok"), r.out());
        assertTrue(r.err().contains("[1/3] pmd ..."), "progress on stderr: " + r.err());
        Path file = out.resolve("a.json");
        pythonAccepts(file, "ophamin-audit-default-key");
        AuditRecord a = (AuditRecord) RecordFiles.read(file);
        assertEquals("audit/1.1", a.schemaVersion());
        assertEquals(List.of("pmd", "checkstyle", "shellcheck"), a.pillars().stream().map(p -> p.pillarName()).toList());
        assertEquals(AuditTarget.of(sample).contentHash(), a.targetContentHash());
        assertEquals(sample.toAbsolutePath().normalize().toString(), a.targetPath());
        assertTrue(a.reproductionCommand().startsWith("ophamin audit --pillar pmd --pillar checkstyle --pillar shellcheck "),
                a.reproductionCommand());
        long total = a.pillars().stream().mapToLong(p -> p.findingCount()).sum();
        assertEquals(total, a.summary().totalFindings());
        // re-reading and re-signing gives the same bytes
        byte[] bytes = Files.readAllBytes(file);
        AuditRecord again = RecordSigner.sign((AuditRecord) RecordFiles.parse(bytes),
                HmacKey.ofText("k", "ophamin-audit-default-key"));
        assertArrayEquals(bytes, RecordFiles.bytes(again));
        assertEquals(0, Cli.run("verify", file.toString()).exit());
        assertEquals(0, Cli.run("validate", file.toString()).exit());
    }

    @Test
    void theDefaultNameIsTheIdAndTheUsersKeySigns() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("named"));
        Cli r = Cli.run("audit", "--pillar", "pmd", "--key", "team-secret", "--quiet", "--out",
                dir.resolve("x.json").toString(), sample.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "--quiet");
        pythonAccepts(dir.resolve("x.json"), "team-secret");
        AuditService.Result res = new AuditService(dev.ophamin.scenario.EngineInfo.of("t", "c", java.util.Map.of()))
                .audit(AuditRequest.builder(sample).pillar("pmd").outDir(dir).build(), AuditRunner.Listener.SILENT);
        assertEquals(dir.resolve("audit_" + res.record().auditId().substring(0, 16) + ".json"), res.file());
        assertTrue(Files.isRegularFile(res.file()));
    }

    @Test
    void theGateIsPreRegisteredAndDecides() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("gate"));
        Cli refuted = Cli.run("audit", "--pillar", "checkstyle", "--gate", "high <= 0", "--out",
                dir.resolve("r.json").toString(), sample.toString());
        assertEquals(1, refuted.exit(), refuted.out() + refuted.err());
        assertTrue(refuted.out().contains("gate high <= 0.0: REFUTED (observed 1.0)"), refuted.out());
        AuditRecord a = (AuditRecord) RecordFiles.read(dir.resolve("r.json"));
        JsonObject prereg = (JsonObject) a.preregistration();
        assertEquals(a.targetContentHash(), ((JsonString) prereg.get("data_hash")).value());
        String at = ((JsonString) prereg.get("preregistered_at")).value();
        assertTrue(at.compareTo(a.capturedAt()) <= 0 || at.equals(a.capturedAt()));
        assertEquals(new JsonString("high"), a.preRegisteredMetric());
        assertEquals("REFUTED", ((JsonString) ((JsonObject) a.verdict()).get("outcome")).value());
        pythonAccepts(dir.resolve("r.json"), "ophamin-audit-default-key");

        Cli ok = Cli.run("audit", "--pillar", "checkstyle", "--gate", "pillar:checkstyle<=10", "--quiet", "--out",
                dir.resolve("v.json").toString(), sample.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("VALIDATED (observed 3.0)"), ok.out());

        Cli inconclusive = Cli.run("audit", "--sarif-command", "broken=sh -c 'echo nope'", "--gate", "total_findings <= 5",
                "--quiet", "--out", dir.resolve("i.json").toString(), sample.toString());
        assertEquals(3, inconclusive.exit(), inconclusive.out() + inconclusive.err());
        assertTrue(inconclusive.out().contains("INCONCLUSIVE"), inconclusive.out());
        assertTrue(inconclusive.out().contains("broken         error        sh (exit 0) did not write SARIF: not JSON"),
                inconclusive.out());
    }

    @Test
    void sarifFilesAndCommandsBecomePillars() throws Exception {
        Path samples = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "sarif", "samples");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(samples));
        Path dir = Files.createDirectory(tmp.resolve("sarif"));
        Cli r = Cli.run("audit", "--sarif", samples.resolve("results.sarif").toString(), "--sarif",
                samples.resolve("alpine-310.sarif.golden").toString(), "--sarif-command",
                "leaks=cat " + samples.resolve("sarif_simple.sarif").toAbsolutePath(), "--quiet", "--out",
                dir.resolve("s.json").toString(), sample.toString());
        assertEquals(0, r.exit(), r.err());
        AuditRecord a = (AuditRecord) RecordFiles.read(dir.resolve("s.json"));
        assertEquals(List.of("scorecard", "trivy", "leaks"), a.pillars().stream().map(p -> p.pillarName()).toList());
        assertEquals(List.of(9L, 5L, 1L), a.pillars().stream().map(p -> p.findingCount()).toList());
        assertEquals("gitleaks v8.0.0", a.pillars().get(2).toolVersion());
        pythonAccepts(dir.resolve("s.json"), "ophamin-audit-default-key");
    }

    @Test
    void badInputIsOneLineExitTwoAndNoFile() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("bad"));
        Path notSarif = dir.resolve("x.sarif");
        Files.writeString(notSarif, "{\"version\": \"2.1.0\"}");
        Path existing = dir.resolve("exists.json");
        Files.writeString(existing, "{}");
        String[][] cases = {
            {"audit", dir.resolve("missing").toString()},
            {"audit", "--sarif", notSarif.toString(), sample.toString()},
            {"audit", "--sarif", dir.resolve("nope.sarif").toString(), sample.toString()},
            {"audit", "--gate", "high is low", sample.toString()},
            {"audit", "--gate", "severe <= 1", sample.toString()},
            {"audit", "--pillar", "nosuch", sample.toString()},
            {"audit", "--pillar", "pmd", "--pillar", "pmd", sample.toString()},
            {"audit", "--pillar", "spotbugs", "--pillar-config", "spotbugs=" + existing, sample.toString()},
            {"audit", "--pillar", "pmd", "--pillar-config", "pmd=" + dir.resolve("none.xml"), sample.toString()},
            {"audit", "--pillar", "pmd", "--out", existing.toString(), sample.toString()},
            {"audit", "--sarif-command", "x", sample.toString()},
            {"audit"},
        };
        for (String[] c : cases) {
            Cli r = Cli.run(c);
            assertEquals(2, r.exit(), String.join(" ", c) + "\n" + r.out() + r.err());
            assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("ophamin: ")).count(), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("exists.json", "x.sarif"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing written");
        }
        try (Stream<Path> s = Files.list(Path.of("."))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("audit_")), "no stray record in the cwd");
        }
    }

    @Test
    void auditRecordShowListAndWrap() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("records"));
        assertEquals(0, Cli.run("audit", "--pillar", "pmd", "--quiet", "--out", dir.resolve("a.json").toString(),
                sample.toString()).exit());
        Cli show = Cli.run("audit-record", "show", dir.resolve("a.json").toString());
        assertEquals(0, show.exit());
        for (String s : List.of("# Ophamin Audit Record", "## 1. Identity", "## 2. Pillars run", "| `pmd` | `pmd` |",
                "## 3. Summary", "### Severity histogram", "### Findings per pillar", "### Top 20 hotspot files",
                "`src/sample/Ledger.java`", "## 4. Reproduction", "## 5. Signature")) {
            assertTrue(show.out().contains(s), s + " in\n" + show.out());
        }
        Cli list = Cli.run("audit-record", "list", dir.toString());
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("1 audit record(s)") && list.out().contains("pmd"), list.out());

        Cli wrap = Cli.run("audit-record", "wrap", "--gate", "total_findings <= 100", "--out",
                dir.resolve("proof.json").toString(), dir.resolve("a.json").toString());
        assertEquals(0, wrap.exit(), wrap.err());
        ProofRecord p = (ProofRecord) RecordFiles.read(dir.resolve("proof.json"));
        AuditRecord a = (AuditRecord) RecordFiles.read(dir.resolve("a.json"));
        assertEquals(List.of(a.auditId()), p.reproduction().lineageChain());
        assertEquals(new JsonString(a.auditId()), p.evidence().get(0).detail().get("audit_id"));
        assertEquals(a.summary().totalFindings(), (long) p.verdict().observedValue());
        assertEquals(a.targetContentHash(), p.preregistration().dataHash());
        assertEquals(0, Cli.run("verify", dir.resolve("proof.json").toString()).exit());
        dev.ophamin.testing.PythonCheck.accepts(dir.resolve("proof.json"), "proof_id", "ophamin-scenario-proof-key", false);
        assertEquals(1, Cli.run("audit-record", "wrap", "--gate", "total_findings < 1", "--out",
                dir.resolve("proof2.json").toString(), dir.resolve("a.json").toString()).exit());
        assertEquals(2, Cli.run("audit-record", "show", dir.resolve("proof.json").toString()).exit(), "not an audit");
        assertEquals(2, Cli.run("audit-record", "wrap", "--gate", "total_findings < 1", dir.resolve("nope.json").toString()).exit());
    }

    @Test
    void aPluginJarAddsAPillar(@TempDir Path plugins) throws Exception {
        try (OutputStream out = Files.newOutputStream(plugins.resolve("p.jar")); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("META-INF/services/dev.ophamin.audit.StaticAnalysisPillar"));
            jar.write((PluginFixturePillar.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        Cli list = Cli.run("audit", "--list-pillars", "--plugin", plugins.toString());
        assertTrue(list.out().contains("plugin-fixture"), list.out());
        Path out = tmp.resolve("plugin.json");
        Cli r = Cli.run("audit", "--pillar", "plugin-fixture", "--plugin", plugins.toString(), "--quiet", "--out",
                out.toString(), sample.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, ((AuditRecord) RecordFiles.read(out)).summary().totalFindings());
        Files.writeString(plugins.resolve("q.jar"), "not a jar");
        try (OutputStream o = Files.newOutputStream(plugins.resolve("q.jar")); JarOutputStream jar = new JarOutputStream(o)) {
            jar.putNextEntry(new JarEntry("META-INF/services/dev.ophamin.audit.StaticAnalysisPillar"));
            jar.write("com.example.Missing\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        Cli broken = Cli.run("audit", "--list-pillars", "--plugin", plugins.toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().contains("cannot load an audit pillar"), broken.err());
    }
}
