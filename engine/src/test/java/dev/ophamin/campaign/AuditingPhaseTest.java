package dev.ophamin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.AuditRecord;
import dev.ophamin.model.CampaignPhase;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run-all's auditing phase: runs on --source or the substrate's declared source_dir, skipped without either. */
class AuditingPhaseTest {
    static CampaignRecord campaign(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            Path f = s.filter(p -> p.getFileName().toString().startsWith("campaign-")).findFirst().orElseThrow();
            return (CampaignRecord) RecordFiles.read(f);
        }
    }

    static CampaignPhase auditing(CampaignRecord c) {
        return c.phases().stream().filter(p -> p.wheel().equals("auditing")).findFirst().orElseThrow();
    }

    @Test
    void sourceTreeIsAuditedAndNamedByTheCampaign(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("c");
        Cli r = Cli.run("run-all", "--scenarios", "sample-ratio", "--source", "src/test/resources/audit-sample",
                "--out-dir", out.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        CampaignPhase a = auditing(campaign(out));
        assertEquals("ok", a.status(), String.valueOf(a.error()));
        assertEquals(1, a.artifactPaths().size());
        Path audit = out.resolve(a.artifactPaths().get(0));
        AuditRecord rec = (AuditRecord) RecordFiles.read(audit);
        assertEquals(rec.auditId(), ((JsonString) a.summary().get("audit_id")).value());
        assertEquals(rec.summary().totalFindings(), ((JsonInt) a.summary().get("total_findings")).longValue());
        assertTrue(rec.summary().totalFindings() > 0);
        assertEquals(0, Cli.run("verify", out.toString()).exit());
        assertEquals(2, Cli.run("run-all", "--scenarios", "sample-ratio", "--source", tmp.resolve("nope").toString(),
                "--out-dir", tmp.resolve("d").toString()).exit());
    }

    @Test
    void withoutASourceThePhaseIsSkippedWithItsReason(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("c");
        assertEquals(0, Cli.run("run-all", "--scenarios", "sample-ratio", "--out-dir", out.toString()).exit());
        CampaignPhase a = auditing(campaign(out));
        assertEquals("skipped", a.status());
        assertTrue(a.error().contains("no --source"), a.error());
    }

    @Test
    void aProcessSubstrateDeclaresItsSourceDir(@TempDir Path tmp) throws Exception {
        Path script = Path.of("../examples/substrates/echo_substrate.py").toAbsolutePath().normalize();
        Path out = tmp.resolve("c");
        Cli r = Cli.run("run-all", "--scenarios", "sample-ratio", "--substrate", "process-batch:python3 " + script,
                "--out-dir", out.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        CampaignPhase a = auditing(campaign(out));
        assertEquals("ok", a.status(), String.valueOf(a.error()));
        AuditRecord rec = (AuditRecord) RecordFiles.read(out.resolve(a.artifactPaths().get(0)));
        assertEquals(script.getParent().toString(), rec.targetPath());
        assertTrue(List.of("bandit", "pylint").stream().allMatch(p -> rec.summary().findingsPerPillar().has(p)));
    }
}
