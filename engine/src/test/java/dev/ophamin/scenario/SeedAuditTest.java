package dev.ophamin.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ophamin.testing.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's own repeatability claim holds: a seeded run repeated in one process gives the same
 * experiment once what names the run (timestamps, ids, the run id in the lineage) is set aside,
 * and the same bytes under --reproducible. (Run ids once made this audit REFUTED.)
 */
class SeedAuditTest {
    @Test
    void seededRunsRepeat(@TempDir Path tmp) {
        Cli normal = Cli.run("scenario", "run", "deterministic-seed-audit", "--quiet", "--out", tmp.resolve("a").toString());
        assertEquals(0, normal.exit(), "VALIDATED expected: " + normal.out() + normal.err());
        Cli bytes = Cli.run("scenario", "run", "deterministic-seed-audit", "--reproducible", "--quiet", "--out",
                tmp.resolve("b").toString());
        assertEquals(0, bytes.exit(), "VALIDATED expected under --reproducible: " + bytes.out() + bytes.err());
    }
}
