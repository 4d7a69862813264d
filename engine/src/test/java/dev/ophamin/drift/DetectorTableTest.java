package dev.ophamin.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/drift.md's table is what the detectors do: recomputed here, row for row. */
class DetectorTableTest {
    @Test
    void theDocumentedTableIsTheMeasuredOne() throws Exception {
        String doc = Files.readString(Path.of("../docs/drift.md"));
        int from = doc.indexOf("<!-- detector-table -->");
        int to = doc.indexOf("<!-- /detector-table -->");
        assertTrue(from >= 0 && to > from, "docs/drift.md has the table markers");
        List<String> documented = doc.substring(from, to).lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| detector") && !l.startsWith("|---")).toList();
        List<String> measured = DetectorTable.compute().stream().map(DetectorTable.Row::line).toList();
        assertEquals(measured, documented, "a detector's behaviour moved: re-run DetectorTable.main and update docs/drift.md");
    }

    @Test
    void aConstantStreamNeverFiresAndSeedsReproduce() {
        for (String d : Detectors.NAMES) {
            StreamDetector det = Detectors.create(d, 1);
            for (int i = 0; i < 3000; i++) {
                assertTrue(!det.update(0.25), d + " fired on a constant stream at " + i);
            }
        }
        double[] x = DetectorTable.stream("step", 7);
        assertEquals(events("kswin", x, 3), events("kswin", x, 3), "the same seed draws the same samples");
    }

    static List<Integer> events(String spec, double[] x, long seed) {
        StreamDetector d = Detectors.create(spec, seed);
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (d.update(x[i])) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void parametersAreCheckedAndRecorded() {
        StreamDetector k = Detectors.create("kswin:alpha=0.01,window=200,stat_size=40,seed=9", 0);
        assertEquals("{\"alpha\":0.01,\"seed\":9,\"stat_size\":40,\"window\":200}", json(k));
        assertEquals("{\"h\":5.0,\"k\":0.5,\"warmup\":30}", json(Detectors.create("CUSUM", 0)));
        assertEquals("page_hinkley", Detectors.create("page-hinkley:lambda=20", 0).name());
        for (String bad : List.of("nope", "adwin:delta=2", "adwin:gamma=1", "kswin:window=10,stat_size=8",
                "cusum:warmup=x", "adwin:delta")) {
            assertThrows(IllegalArgumentException.class, () -> Detectors.create(bad, 0), bad);
        }
    }

    static String json(StreamDetector d) {
        return new String(dev.ophamin.canonical.PythonJsonWriter.toBytes(d.config(),
                dev.ophamin.canonical.PythonJsonWriter.Layout.CANONICAL), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theStreamHashIsPythonsJsonOfTheFloats() throws Exception {
        ValueStream s = new ValueStream("x", new double[] {1, 0.1, 1e-7, 123456789.0, -2.5});
        Process p = new ProcessBuilder("python3", "-c", "import hashlib, json; print(hashlib.sha256(json.dumps("
                + "[1.0, 0.1, 1e-7, 123456789.0, -2.5], separators=(',', ':')).encode()).hexdigest())").start();
        assertEquals(new String(p.getInputStream().readAllBytes()).strip(), s.hash());
        assertThrows(IllegalArgumentException.class, () -> new ValueStream("x", new double[] {1, Double.NaN}));
    }
}
