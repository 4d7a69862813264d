package dev.ophamin.pillar.meta;

import static dev.ophamin.pillar.Close.assertClose;
import static dev.ophamin.pillar.Reference.doubles;
import static dev.ophamin.pillar.Reference.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cumulative steps against statsmodels combine_effects(method_re='dl'), 1e-9 relative (1e-12
 * absolute for values near 0). statsmodels 0.13.5 does not truncate tau^2 at 0: where its tau^2 is
 * negative only the fixed effect and Q are compared, and the truncated random pool must equal it.
 */
class MetaAnalysisTest {
    private static final double REL = 1e-9;
    private static final double ABS = 1e-12;

    @Test
    void cumulativeMatchesStatsmodels() {
        int compared = 0;
        int truncated = 0;
        for (JsonObject c : Reference.cases("meta_analysis")) {
            List<MetaStep> steps = MetaAnalysis.cumulative(doubles(c, "effects"), doubles(c, "variances"));
            for (JsonObject e : Reference.objects(c.get("cumulative"))) {
                MetaStep s = steps.get((int) num(e, "studies") - 1);
                String at = "studies " + s.studies();
                pooled(e, "fixed", s.fixed(), at);
                assertClose(num(e, "q"), s.q(), REL, ABS, at + " Q");
                if (Reference.bool(e, "statsmodels_tau2_negative")) {
                    assertEquals(0.0, s.tau2());
                    assertEquals(0.0, s.i2());
                    assertEquals(s.fixed(), s.random());
                    truncated++;
                } else {
                    pooled(e, "random", s.random(), at);
                    assertClose(num(e, "tau2"), s.tau2(), REL, ABS, at + " tau2");
                    assertClose(num(e, "i2"), s.i2(), REL, ABS, at + " I2");
                    compared++;
                }
            }
        }
        assertTrue(compared >= 10 && truncated >= 1, compared + " compared, " + truncated + " truncated");
    }

    private static void pooled(JsonObject e, String kind, Pooled p, String at) {
        assertClose(num(e, kind + "_estimate"), p.estimate(), REL, ABS, at + " " + kind + " estimate");
        assertClose(num(e, kind + "_se"), p.standardError(), REL, ABS, at + " " + kind + " se");
        assertClose(num(e, kind + "_ci_low"), p.ciLow(), REL, ABS, at + " " + kind + " ci low");
        assertClose(num(e, kind + "_ci_upp"), p.ciHigh(), REL, ABS, at + " " + kind + " ci high");
    }

    @Test
    void oneStudyIsItself() {
        MetaStep s = MetaAnalysis.combine(new double[] {0.4}, new double[] {0.04});
        assertEquals(0.4, s.fixed().estimate());
        assertEquals(0.2, s.fixed().standardError(), 1e-15);
        assertEquals(0.0, s.tau2());
        assertEquals(s.fixed(), s.random());
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> MetaAnalysis.combine(new double[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> MetaAnalysis.combine(new double[] {1, 2}, new double[] {1}));
    }
}
