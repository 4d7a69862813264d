package dev.ophamin.pillar.multiplicity;

import static dev.ophamin.pillar.Close.assertRel;
import static dev.ophamin.pillar.Reference.booleans;
import static dev.ophamin.pillar.Reference.doubles;
import static dev.ophamin.pillar.Reference.num;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.Reference;
import org.junit.jupiter.api.Test;

class CorrectionTest {
    @Test
    void matchesStatsmodelsMultipletests() {
        int n = 0;
        for (JsonObject c : Reference.cases("multiplicity")) {
            double[] p = doubles(c, "p");
            double alpha = num(c, "alpha");
            check(Correction.HOLM.apply(p, alpha), doubles(c, "holm_adjusted"), booleans(c, "holm_reject"));
            check(Correction.BENJAMINI_HOCHBERG.apply(p, alpha), doubles(c, "bh_adjusted"), booleans(c, "bh_reject"));
            n++;
        }
        assertTrue(n >= 10);
    }

    private static void check(Adjusted got, double[] adjusted, boolean[] reject) {
        for (int i = 0; i < adjusted.length; i++) {
            assertRel(adjusted[i], got.adjusted()[i], got.method() + " adjusted " + i);
        }
        assertArrayEquals(reject, got.rejected(), got.method() + " rejections");
    }

    @Test
    void handWorkedHolm() {
        // sorted 0.01, 0.02, 0.04 -> 3 x 0.01, max(0.03, 2 x 0.02), max(0.04, 0.04)
        Adjusted a = Correction.HOLM.apply(new double[] {0.04, 0.01, 0.02}, 0.05);
        assertArrayEquals(new double[] {0.04, 0.03, 0.04}, a.adjusted(), 1e-15);
        assertEquals(3, a.rejections());
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> Correction.HOLM.apply(new double[] {1.5}, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Correction.HOLM.apply(new double[] {0.5}, 0));
        assertThrows(IllegalArgumentException.class, () -> Correction.parse("bonferroni"));
        assertEquals(Correction.BENJAMINI_HOCHBERG, Correction.parse("fdr_bh"));
    }

    @Test
    void bhIsNeverStricterThanHolmAndNeitherLowersAP() {
        qt().withExamples(1000).forAll(lists().of(doubles().any()).ofSizeBetween(1, 30), doubles().between(0.01, 0.5))
                .checkAssert((list, alpha) -> bhNoStricterThanHolm(list.stream().mapToDouble(Double::doubleValue).toArray(),
                        alpha));
    }

    private static void bhNoStricterThanHolm(double[] raw, double alpha) {
        double[] p = new double[raw.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.abs(raw[i]) % 1.0;
            if (!Double.isFinite(p[i])) {
                p[i] = 0.5;
            }
        }
        Adjusted holm = Correction.HOLM.apply(p, alpha);
        Adjusted bh = Correction.BENJAMINI_HOCHBERG.apply(p, alpha);
        for (int i = 0; i < p.length; i++) {
            assertTrue(holm.adjusted()[i] >= p[i] && holm.adjusted()[i] <= 1, "holm at " + i);
            // m p / (j + 1) may round one ulp below p when m = j + 1, as in statsmodels
            assertTrue(bh.adjusted()[i] >= p[i] * (1 - 1e-15), "bh >= p at " + i);
            assertTrue(bh.adjusted()[i] <= holm.adjusted()[i] * (1 + 1e-15), "bh <= holm at " + i);
        }
        assertTrue(bh.rejections() >= holm.rejections());
    }
}
