package dev.ophamin.spark;

import dev.ophamin.cli.CliException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.scenario.ScenarioRegistry;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid's cells, and a cell's failure: thrown for Spark to retry, kept as the cell's error on the last attempt. */
class SweepCellsTest {
    @Test
    void cellsVaryTheFirstParameterSlowestAndSeedsFastest() throws Exception {
        JsonObject grid = (JsonObject) JsonReader.standard().read(
                "{\"rate_high\": [2.0, 3.0], \"alpha\": [0.01, 0.05, 0.1]}".getBytes());
        List<SweepJob.Cell> cells = SweepJob.cells(grid, ScenarioRegistry.load(List.of()).get("injection-effect"), 2);
        assertEquals(12, cells.size());
        assertEquals("rate_high=2.0 alpha=0.01 seed=1", cells.get(0).label());
        assertEquals("rate_high=2.0 alpha=0.01 seed=2", cells.get(1).label());
        assertEquals("rate_high=2.0 alpha=0.05 seed=1", cells.get(2).label());
        assertEquals("rate_high=3.0 alpha=0.1 seed=2", cells.get(11).label());
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(i, cells.get(i).index());
        }
        JsonObject unknown = (JsonObject) JsonReader.standard().read("{\"nope\": [1]}".getBytes());
        CliException e = assertThrows(CliException.class, () -> SweepJob.cells(unknown,
                ScenarioRegistry.load(List.of()).get("injection-effect"), 1));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("'nope' is not a parameter of injection-effect"), e.getMessage());
    }

    @Test
    void aFailingCellThrowsUntilItsLastAttempt(@TempDir Path tmp) throws Exception {
        SweepJob.Cell bad = new SweepJob.Cell(0, List.<String[]>of(new String[] {"rate_high", "not-a-number"}), 1);
        String proofs = tmp.resolve("proofs").toUri().toString();
        // attempt 0 of 2: Spark must see the failure, to run the task again
        assertThrows(RuntimeException.class, () -> SweepJob.runCell(bad, "injection-effect", null, null, proofs, 1,
                new Configuration()));
        // attempt 0 of 1: the last one; the failure becomes the cell's error
        SweepJob.CellResult r = SweepJob.runCell(bad, "injection-effect", null, null, proofs, 0, new Configuration());
        assertNull(r.proof());
        assertNotNull(r.error());
        assertEquals(1, r.attempts());

        SweepJob.Cell good = new SweepJob.Cell(1, List.<String[]>of(new String[] {"rate_high", "2.0"}), 1);
        SweepJob.CellResult ok = SweepJob.runCell(good, "injection-effect", null, null, proofs, 0, new Configuration());
        assertNotNull(ok.proof());
        assertTrue(ok.bundle().startsWith("proofs/scientific/injection-effect/"), ok.bundle());
        assertTrue(tmp.resolve(ok.bundle()).resolve("proof.json").toFile().isFile());
    }
}
