package dev.ophamin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pillar that throws, hangs or overflows ends as an error run; the others still run. */
class AuditRunnerTest {
    /** A pillar whose run is the given body. */
    static StaticAnalysisPillar pillar(String name, Body body) {
        return new StaticAnalysisPillar() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String toolName() {
                return name + "-tool";
            }

            @Override
            public String toolVersion() {
                return name + " 1.0";
            }

            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public String severityMap() {
                return "all -> info";
            }

            @Override
            public PillarOutput run(AuditTarget target, PillarSettings settings) throws Exception {
                return body.run(target);
            }
        };
    }

    interface Body {
        PillarOutput run(AuditTarget t) throws Exception;
    }

    static int depth(int n) {
        return depth(n + 1) + 1;
    }

    @Test
    void failuresAreContainedAndTheRestStillRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        AuditTarget t = AuditTarget.of(dir);
        Finding f = new Finding("good", "R1", Severity.LOW, "m", "a.txt", 1, 1, null);
        List<StaticAnalysisPillar> ps = List.of(
                pillar("throws", x -> {
                    throw new PillarException("the tool said no");
                }),
                pillar("hangs", x -> {
                    Thread.sleep(60_000);
                    return null;
                }),
                pillar("overflows", x -> PillarOutput.inProcess(List.of(), null).findings().isEmpty() && depth(0) > 0 ? null : null),
                pillar("good", x -> PillarOutput.inProcess(List.of(f), null)));
        long t0 = System.nanoTime();
        List<PillarRun> runs = AuditRunner.runAll(ps, t, n -> new PillarSettings(Duration.ofSeconds(1), null),
                AuditRunner.Listener.SILENT);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertTrue(secs < 20, "the hung pillar is abandoned at its timeout, took " + secs);
        assertEquals(PillarStatus.ERROR, runs.get(0).status());
        assertEquals("the tool said no", runs.get(0).errorMessage());
        assertEquals(PillarStatus.ERROR, runs.get(1).status());
        assertTrue(runs.get(1).errorMessage().contains("did not finish within 1 s"), runs.get(1).errorMessage());
        assertEquals(PillarStatus.ERROR, runs.get(2).status());
        assertTrue(runs.get(2).errorMessage().startsWith("StackOverflowError"), runs.get(2).errorMessage());
        assertEquals(PillarStatus.OK, runs.get(3).status());
        assertEquals(List.of(f), runs.get(3).findings());
        assertEquals("good 1.0", runs.get(3).toolVersion());
    }

    @Test
    void aToolProcessPastItsTimeoutIsKilled(@TempDir Path dir) {
        long t0 = System.nanoTime();
        PillarException e = org.junit.jupiter.api.Assertions.assertThrows(PillarException.class,
                () -> ToolProcess.run(List.of("sleep", "30"), dir, Duration.ofMillis(500)));
        assertTrue(e.getMessage().contains("did not finish"), e.getMessage());
        assertTrue((System.nanoTime() - t0) / 1e9 < 10);
    }

    @Test
    void aChattyToolOnBothStreamsDoesNotBlock(@TempDir Path dir) throws Exception {
        // 1 MB on stderr before anything on stdout: both pipes must be drained at once
        ToolProcess.Result r = ToolProcess.run(List.of("sh", "-c", "head -c 1000000 /dev/zero >&2; echo done"), dir,
                Duration.ofSeconds(20));
        assertEquals(0, r.exitCode());
        assertEquals(1_000_000, r.stderr().length);
        assertEquals("done\n", new String(r.stdout()));
    }

    @Test
    void findingsAreRecordedInPathLineOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        Finding late = new Finding("p", "R", Severity.LOW, "m", "b.txt", 3, 1, null);
        Finding early = new Finding("p", "R", Severity.LOW, "m", "a.txt", 9, 1, null);
        PillarRun r = AuditRunner.run(pillar("p", x -> PillarOutput.inProcess(List.of(late, early), null)),
                AuditTarget.of(dir), PillarSettings.defaults());
        assertEquals(List.of(early, late), r.findings());
    }
}
