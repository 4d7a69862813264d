package dev.ophamin.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SubstrateTest {
    static CorpusRecord rec(String text) {
        return new CorpusRecord(text, text, JsonObject.EMPTY);
    }

    static List<Double> phis(Substrate s, int n) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(s.cycle(rec("stimulus number " + i), JsonObject.EMPTY).number("phi"));
        }
        return out;
    }

    @Test
    void mockIsDeterministicPerSeedAndResets() {
        MockSubstrate a = new MockSubstrate(7, 0);
        List<Double> first = phis(a, 50);
        a.reset();
        assertEquals(first, phis(a, 50));
        assertEquals(first, phis(new MockSubstrate(7, 0), 50));
        assertNotEquals(first, phis(new MockSubstrate(8, 0), 50));
    }

    @Test
    void mockCollapseModeDropsPhiWhenEnergyRunsOut() {
        MockSubstrate s = new MockSubstrate(1, 0.9);
        JsonObject heavy = JsonObject.builder().put("injection_rate", 20.0).build();
        CycleResult last = null;
        for (int i = 0; i < 50; i++) {
            last = s.cycle(rec("x".repeat(400)), heavy);
        }
        assertEquals(1, last.number("collapsed"));
        assertTrue(last.number("phi") < 0.2, "phi " + last.number("phi"));
        MockSubstrate healthy = new MockSubstrate(1, 0);
        for (int i = 0; i < 50; i++) {
            last = healthy.cycle(rec("x".repeat(400)), heavy);
        }
        assertEquals(0, last.number("collapsed"));
        assertFalse(s.cycle(rec("y"), JsonObject.builder().put("injection_rate", -1.0).build()).ok());
        assertThrows(IllegalArgumentException.class, () -> new MockSubstrate(1, 2));
    }

    @Test
    void mockDefenceBlocksAttacksAndPassesBenignText() {
        MockSubstrate s = new MockSubstrate(3, 0);
        assertEquals(1, s.cycle(rec("GET /x?id=1' OR '1'='1"), JsonObject.EMPTY).number("blocked"));
        assertEquals(0, s.cycle(rec("GET /api/invoice/12?view=summary"), JsonObject.EMPTY).number("blocked"));
    }

    @Test
    void specsAndInstrumentation() {
        Substrate s = Substrates.open("mock:seed=5,collapse=0.2", 0, Duration.ofSeconds(1));
        CycleResult r = s.cycle(rec("hello"), JsonObject.EMPTY);
        assertTrue(r.timing("wall_ms") >= 0);
        assertTrue(r.timing("heap_used_mb") > 0);
        assertTrue(r.timing("latency_ms") > 0);
        assertThrows(IllegalArgumentException.class, () -> Substrates.open("mock:speed=3", 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> Substrates.open("quantum", 0, Duration.ofSeconds(1)));
        assertEquals(List.of("python3", "my sub.py", "--flag=a b"), Substrates.split("python3 'my sub.py' \"--flag=a b\""));
        assertThrows(IllegalArgumentException.class, () -> Substrates.split("python3 'open"));
    }

    static Path echo() {
        Path script = Path.of(System.getProperty("ophamin.root", ".."), "examples", "substrates", "echo_substrate.py");
        Assumptions.assumeTrue(Files.isRegularFile(script), "example substrate missing");
        try {
            Assumptions.assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3 missing");
        } catch (Exception e) {
            System.err.println("SKIPPED: python3 not found: process substrate tests skipped");
            Assumptions.assumeTrue(false, "python3 missing");
        }
        return script;
    }

    @Test
    void processSubstrateSpeaksTheProtocolAndReportsFailuresPerCycle() {
        Path script = echo();
        for (ProcessSubstrate.Mode mode : ProcessSubstrate.Mode.values()) {
            try (ProcessSubstrate s = new ProcessSubstrate(List.of("python3", script.toString()), mode, Duration.ofSeconds(2))) {
                assertEquals("echo", s.name());
                assertEquals("echo-substrate-1", s.versionAnchor());
                CycleResult ok = s.cycle(rec("hello"), JsonObject.EMPTY);
                assertTrue(ok.ok(), ok.error());
                assertEquals(1.05, ok.timing("latency_ms"), 1e-12);
                CycleResult crash = s.cycle(rec("CRASH now"), JsonObject.EMPTY);
                assertFalse(crash.ok());
                assertTrue(crash.error().contains("exit code 3") && crash.error().contains("crashing on purpose"), crash.error());
                CycleResult garbage = s.cycle(rec("GARBAGE"), JsonObject.EMPTY);
                assertTrue(garbage.error().startsWith("malformed reply"), garbage.error());
                CycleResult refused = s.cycle(rec("REFUSE"), JsonObject.EMPTY);
                assertEquals("substrate reported: refused on purpose", refused.error());
                CycleResult hang = s.cycle(rec("HANG"), JsonObject.EMPTY);
                assertTrue(hang.error().startsWith("timeout after 2000 ms"), hang.error());
                assertTrue(s.cycle(rec("after the storm"), JsonObject.EMPTY).ok(), "a fresh process follows a broken one");
            }
        }
    }

    @Test
    void batchModeKeepsStateUntilReset() {
        Path script = echo();
        try (ProcessSubstrate s = new ProcessSubstrate(List.of("python3", script.toString()), ProcessSubstrate.Mode.PER_BATCH,
                Duration.ofSeconds(5))) {
            double l1 = s.cycle(rec("a"), JsonObject.EMPTY).number("load");
            double l2 = s.cycle(rec("a"), JsonObject.EMPTY).number("load");
            assertTrue(l2 > l1, "load accumulates in one process");
            s.reset();
            assertEquals(l1, s.cycle(rec("a"), JsonObject.EMPTY).number("load"), 1e-12);
        }
        ProcessSubstrate missing = new ProcessSubstrate(List.of("/nonexistent/substrate"), ProcessSubstrate.Mode.PER_CYCLE,
                Duration.ofSeconds(1));
        assertTrue(missing.cycle(rec("x"), JsonObject.EMPTY).error().startsWith("cannot start"));
        assertThrows(IllegalArgumentException.class, missing::versionAnchor);
    }
}
