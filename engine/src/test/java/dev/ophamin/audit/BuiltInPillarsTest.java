package dev.ophamin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.audit.pillars.BanditPillar;
import dev.ophamin.audit.pillars.CheckstylePillar;
import dev.ophamin.audit.pillars.PmdPillar;
import dev.ophamin.audit.pillars.PylintPillar;
import dev.ophamin.audit.pillars.ShellcheckPillar;
import dev.ophamin.audit.pillars.SpotBugsPillar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each pillar on the committed sample tree finds the defects planted there, at their lines; the
 * tools on PATH (shellcheck, bandit, pylint) are installed by .ci/run.
 */
class BuiltInPillarsTest {
    @TempDir
    static Path tmp;
    static AuditTarget target;

    @BeforeAll
    static void sample() {
        target = AuditTarget.of(AuditSample.compiled(tmp));
    }

    static PillarRun run(StaticAnalysisPillar p) {
        PillarRun r = AuditRunner.run(p, target, PillarSettings.defaults());
        assertEquals(PillarStatus.OK, r.status(), r.pillarName() + ": " + r.errorMessage());
        return r;
    }

    /** "RULE@path:line" for every finding. */
    static Set<String> found(PillarRun r) {
        Set<String> s = new TreeSet<>();
        for (Finding f : r.findings()) {
            s.add(f.ruleId() + "@" + f.path() + ":" + f.line());
        }
        return s;
    }

    static void has(PillarRun r, String... expected) {
        Set<String> got = found(r);
        for (String e : expected) {
            assertTrue(got.contains(e), r.pillarName() + " missed " + e + "; found " + got);
        }
    }

    @Test
    void pmdFindsThePlantedDefects() {
        PillarRun r = run(new PmdPillar());
        has(r, "CompareObjectsWithEquals@src/sample/Ledger.java:29", "UseEqualsToCompareStrings@src/sample/Ledger.java:29",
                "OverrideBothEqualsAndHashcode@src/sample/Ledger.java:33", "EmptyCatchBlock@src/sample/Ledger.java:40");
        assertTrue(r.toolVersion().startsWith("pmd 7."), r.toolVersion());
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("EmptyCatchBlock")).findFirst().orElseThrow();
        assertEquals(Severity.MEDIUM, f.severity(), "EmptyCatchBlock is priority 3");
        assertEquals(1L, ((dev.ophamin.canonical.JsonInt) r.extra().get("files_analysed")).longValue());
    }

    @Test
    void checkstyleFindsThePlantedDefects() {
        PillarRun r = run(new CheckstylePillar());
        has(r, "UnusedLocalVariable@src/sample/Ledger.java:16", "EqualsHashCode@src/sample/Ledger.java:32",
                "EmptyCatchBlock@src/sample/Ledger.java:40");
        Finding eq = r.findings().stream().filter(x -> x.ruleId().equals("EqualsHashCode")).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, eq.severity(), "the default configuration makes EqualsHashCode an error");
        assertEquals(5, eq.column());
    }

    @Test
    void checkstyleTakesAConfigurationFile() throws Exception {
        Path cfg = tmp.resolve("cs.xml");
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE module PUBLIC \"-//Checkstyle//DTD Checkstyle Configuration "
                + "1.3//EN\" \"https://checkstyle.org/dtds/configuration_1_3.dtd\">\n";
        Files.writeString(cfg, doctype + "<module name=\"Checker\"><module name=\"TreeWalker\"><module name=\"EmptyCatchBlock\"/>"
                + "</module></module>\n");
        PillarRun r = AuditRunner.run(new CheckstylePillar(), target, new PillarSettings(PillarSettings.DEFAULT_TIMEOUT, cfg));
        assertEquals(Set.of("EmptyCatchBlock@src/sample/Ledger.java:40"), found(r));
        Files.writeString(cfg, doctype + "<module name=\"Checker\"><module name=\"NoSuchCheck\"/></module>");
        PillarRun bad = AuditRunner.run(new CheckstylePillar(), target, new PillarSettings(PillarSettings.DEFAULT_TIMEOUT, cfg));
        assertEquals(PillarStatus.ERROR, bad.status());
        assertTrue(bad.errorMessage().contains("NoSuchCheck"), bad.errorMessage());
    }

    @Test
    void spotbugsFindsThePlantedDefectsInClassFiles() {
        PillarRun r = run(new SpotBugsPillar());
        has(r, "ES_COMPARING_STRINGS_WITH_EQ@src/sample/Ledger.java:29", "HE_EQUALS_USE_HASHCODE@src/sample/Ledger.java:34");
        assertTrue(r.toolVersion().matches("spotbugs 4\\.\\d+\\.\\d+"), r.toolVersion());
    }

    @Test
    void pillarsWithoutTheirFilesRecordThatTheyLookedAtNone(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("README"), "nothing to analyse\n");
        AuditTarget t = AuditTarget.of(empty);
        for (StaticAnalysisPillar p : List.of(new PmdPillar(), new CheckstylePillar(), new SpotBugsPillar())) {
            PillarRun r = AuditRunner.run(p, t, PillarSettings.defaults());
            assertEquals(PillarStatus.OK, r.status());
            assertEquals(0, r.findings().size());
            assertEquals(0L, ((dev.ophamin.canonical.JsonInt) r.extra().get("files_analysed")).longValue());
        }
    }

    @Test
    void shellcheckFindsTheUnquotedVariable() {
        assertNull(new ShellcheckPillar().unavailableReason(), "shellcheck must be installed (.ci/run installs it)");
        PillarRun r = run(new ShellcheckPillar());
        assertEquals(Set.of("SC2086@scripts/deploy.sh:4"), found(r));
        assertEquals(15, r.findings().get(0).column());
        assertEquals(Severity.LOW, r.findings().get(0).severity(), "shellcheck level info");
        assertTrue(r.toolVersion().startsWith("shellcheck 0."), r.toolVersion());
    }

    @Test
    void banditFindsTheShellInjection() {
        assertNull(new BanditPillar().unavailableReason(), "bandit must be installed (.ci/run installs it)");
        PillarRun r = run(new BanditPillar());
        has(r, "B602@tools/fetch.py:8", "B404@tools/fetch.py:3");
        Finding b602 = r.findings().stream().filter(x -> x.ruleId().equals("B602")).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, b602.severity());
        assertEquals(1L, r.exitCode(), "bandit exits 1 when it finds issues");
    }

    @Test
    void pylintFindsTheUnusedImport() {
        assertNull(new PylintPillar().unavailableReason(), "pylint must be installed (.ci/run installs it)");
        PillarRun r = run(new PylintPillar());
        has(r, "W0611@tools/fetch.py:2");
        Finding w = r.findings().stream().filter(x -> x.ruleId().equals("W0611")).findFirst().orElseThrow();
        assertEquals(Severity.MEDIUM, w.severity());
        assertEquals(1, w.column(), "pylint's 0-based column is recorded 1-based");
    }

    @Test
    void aToolNotOnPathIsUnavailableWithAnInstallHint() {
        ExternalToolPillar missing = new ExternalToolPillar("ghost", "ophamin-no-such-tool", "apt-get install ghost", ".py") {
            @Override
            public String severityMap() {
                return "";
            }

            @Override
            protected List<String> command(String binary, AuditTarget t, List<Path> files, Path config) {
                throw new AssertionError("must not run");
            }

            @Override
            protected boolean findingsExit(int code) {
                return true;
            }

            @Override
            protected List<Finding> parse(byte[] stdout, AuditTarget t) {
                throw new AssertionError("must not run");
            }
        };
        PillarRun r = AuditRunner.run(missing, target, PillarSettings.defaults());
        assertEquals(PillarStatus.UNAVAILABLE, r.status());
        assertTrue(r.errorMessage().contains("apt-get install ghost"), r.errorMessage());
    }

    @Test
    void everyBuiltInPillarDocumentsItsSeverityMapAndIsRegistered() {
        AuditPillars reg = AuditPillars.load(List.of());
        assertEquals(List.of("bandit", "checkstyle", "pmd", "pylint", "shellcheck", "spotbugs"),
                reg.all().stream().map(StaticAnalysisPillar::name).toList());
        for (StaticAnalysisPillar p : reg.all()) {
            assertTrue(p.severityMap().contains("->"), p.name());
        }
    }
}
