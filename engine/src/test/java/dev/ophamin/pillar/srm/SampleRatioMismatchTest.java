package dev.ophamin.pillar.srm;

import static dev.ophamin.pillar.Close.assertClose;
import static dev.ophamin.pillar.Close.assertRel;
import static dev.ophamin.pillar.Reference.doubles;
import static dev.ophamin.pillar.Reference.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.Reference;
import org.junit.jupiter.api.Test;

class SampleRatioMismatchTest {
    @Test
    void matchesScipyChisquare() {
        for (JsonObject c : Reference.cases("srm")) {
            double[] obs = doubles(c, "observed");
            long[] counts = new long[obs.length];
            for (int i = 0; i < obs.length; i++) {
                counts[i] = (long) obs[i];
            }
            SampleRatioMismatch.Result r = SampleRatioMismatch.test(counts, doubles(c, "ratios"));
            assertRel(num(c, "statistic"), r.statistic(), "srm statistic");
            assertEquals((int) num(c, "df"), r.df());
            // Hipparchus forms p as 1 - cdf: absolute 1e-15 for tiny tails
            assertClose(num(c, "p"), r.p(), 1e-9, 1e-15, "srm p");
        }
    }

    @Test
    void handWorked() {
        // 60 vs 40 against 1:1: (10^2 + 10^2) / 50 = 4
        SampleRatioMismatch.Result r = SampleRatioMismatch.test(new long[] {60, 40}, new double[] {1, 1});
        assertEquals(4.0, r.statistic(), 1e-12);
        assertFalse(SampleRatioMismatch.test(new long[] {50, 50}, new double[] {1, 1}).mismatch(0.01));
        assertThrows(IllegalArgumentException.class, () -> SampleRatioMismatch.test(new long[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> SampleRatioMismatch.test(new long[] {0, 0}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> SampleRatioMismatch.test(new long[] {3, 2}, new double[] {1, -1}));
    }
}
