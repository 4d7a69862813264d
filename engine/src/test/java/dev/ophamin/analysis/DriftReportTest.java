package dev.ophamin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonBool;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.model.Threshold;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drift-report's statistics against published and scipy reference values, on signed synthetic corpora. */
class DriftReportTest {
    static JsonObject row(JsonObject report, String scenario) {
        for (var v : ((JsonArray) report.get("rows")).items()) {
            JsonObject o = (JsonObject) v;
            if (((JsonString) o.get("scenario")).value().equals(scenario)) {
                return o;
            }
        }
        throw new AssertionError("no row " + scenario);
    }

    static double num(JsonObject o, String k) {
        return ((JsonFloat) o.get(k)).value();
    }

    @Test
    void meansAreComparedByWelchAsScipyDoes(@TempDir Path root) throws Exception {
        Threshold t = Threshold.of("latency_ms", "<=", 10);
        double[] a = {1, 2, 3, 4};
        double[] b = {2.5, 3.5, 4.5, 6};
        for (int i = 0; i < 4; i++) {
            SyntheticCorpus.write(root, "lat", SyntheticCorpus.proof("lat", "aaa", "2026-01-0" + (i + 1) + "T00:00:00+00:00", t, a[i], 10));
            SyntheticCorpus.write(root, "lat", SyntheticCorpus.proof("lat", "bbb", "2026-02-0" + (i + 1) + "T00:00:00+00:00", t, b[i], 10));
        }
        JsonObject r = row(DriftReport.of(ProofCorpus.scan(root)), "lat");
        assertEquals("welch", ((JsonString) r.get("test")).value());
        assertEquals(1.625, num(r, "delta"), 1e-12);
        // scipy 1.17.1: ttest_ind(b, a, equal_var=False) -> p 0.15177438373882, CI (-0.802096602099668, 4.0520966020996685)
        assertEquals(0.15177438373882, num(r, "p_value"), 1e-9);
        assertEquals(-0.802096602099668, num(r, "delta_low"), 1e-9);
        assertEquals(4.0520966020996685, num(r, "delta_high"), 1e-9);
        assertEquals(JsonBool.FALSE, r.get("significant"));
        assertTrue(num(r, "bootstrap_low") < 1.625 && 1.625 < num(r, "bootstrap_high"));
        assertEquals("aaa", ((JsonString) r.get("first_commit")).value());
    }

    @Test
    void proportionsUseWilsonAndNewcombe(@TempDir Path root) throws Exception {
        // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 against 48/80: difference 0.2,
        // method 10 interval 0.0524 to 0.3339
        Threshold t = new Threshold("recall", ">=", 0.5, "proportion");
        SyntheticCorpus.write(root, "rec", SyntheticCorpus.proof("rec", "old", "2026-01-01T00:00:00+00:00", t, 48.0 / 80, 80));
        SyntheticCorpus.write(root, "rec", SyntheticCorpus.proof("rec", "new", "2026-02-01T00:00:00+00:00", t, 56.0 / 70, 70));
        JsonObject r = row(DriftReport.of(ProofCorpus.scan(root)), "rec");
        assertEquals("wilson+newcombe", ((JsonString) r.get("test")).value());
        assertEquals(0.2, num(r, "delta"), 1e-12);
        assertEquals(0.0524, num(r, "delta_low"), 5e-5);
        assertEquals(0.3339, num(r, "delta_high"), 5e-5);
        assertEquals(JsonBool.TRUE, r.get("significant"));
    }

    @Test
    void singleCommitUntestableAndFlips(@TempDir Path root) throws Exception {
        Threshold t = Threshold.of("score", "<=", 1);
        SyntheticCorpus.write(root, "one", SyntheticCorpus.proof("one", "c1", "2026-01-01T00:00:00+00:00", t, 0.5, 5));
        SyntheticCorpus.write(root, "one", SyntheticCorpus.proof("one", "c1", "2026-01-02T00:00:00+00:00", t, 0.6, 5));
        SyntheticCorpus.write(root, "flip", SyntheticCorpus.proof("flip", "c1", "2026-01-01T00:00:00+00:00", t, 0.5, 5));
        SyntheticCorpus.write(root, "flip", SyntheticCorpus.proof("flip", "c2", "2026-01-02T00:00:00+00:00", t, 1.5, 5));
        JsonObject report = DriftReport.of(ProofCorpus.scan(root));
        assertEquals("single_commit", ((JsonString) row(report, "one").get("status")).value());
        JsonObject flip = row(report, "flip");
        assertEquals("untestable", ((JsonString) flip.get("status")).value());
        assertEquals("VALIDATED -> REFUTED", ((JsonString) flip.get("verdict_flip")).value());
        assertEquals(1.0, num(flip, "delta"), 1e-12);
        assertEquals(1L, ((dev.ophamin.canonical.JsonInt) report.get("verdict_flips")).longValue());
    }
}
