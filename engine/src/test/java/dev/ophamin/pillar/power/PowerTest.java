package dev.ophamin.pillar.power;

import static dev.ophamin.pillar.Close.assertClose;
import static dev.ophamin.pillar.Reference.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.Reference;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Against statsmodels TTestIndPower / NormalIndPower. t-test power: 1e-9 relative plus 5e-10
 * absolute, because scipy's side is off by that much: at d = 0 it gives 0.050000000125 where the
 * exact size is alpha = 0.05 (our AS 243 series stops at a 1e-15 error bound and gives 0.05). Minimum detectable effects: 1e-9
 * relative against a tight brentq root of statsmodels' power curve (solve_power itself is ~1e-6 off).
 */
class PowerTest {
    private static JsonObject power() {
        return (JsonObject) Reference.root().get("power");
    }

    @Test
    void tTestMatchesStatsmodels() {
        for (JsonObject c : Reference.objects(power().get("t_test"))) {
            double d = num(c, "effect");
            double n = num(c, "nobs1");
            double ratio = num(c, "ratio");
            double alpha = num(c, "alpha");
            String at = "d " + d + " n " + n;
            assertClose(num(c, "power"), Power.tTest(d, n, ratio, alpha), 1e-9, 5e-10, at + " power");
            if (c.has("mde_80")) {
                assertClose(num(c, "mde_80"), Power.tTestMinimumEffect(n, ratio, alpha, 0.8), 1e-9, 0, at + " mde 80");
                assertClose(num(c, "mde_90"), Power.tTestMinimumEffect(n, ratio, alpha, 0.9), 1e-9, 0, at + " mde 90");
            }
        }
    }

    @Test
    void proportionMatchesStatsmodels() {
        for (JsonObject c : Reference.objects(power().get("proportion"))) {
            double h = Power.cohensH(num(c, "p1"), num(c, "p0"));
            assertClose(num(c, "cohens_h"), h, 1e-12, 1e-15, "h");
            assertClose(num(c, "power"), Power.proportion(h, num(c, "n"), num(c, "alpha")), 1e-9, 1e-15, "power");
            assertClose(num(c, "mde_h_80"), Power.proportionMinimumEffect(num(c, "n"), num(c, "alpha"), 0.8),
                    1e-9, 0, "mde");
        }
    }

    @Test
    void noncentralTWithZeroNoncentralityIsStudentT() {
        TDistribution t = new TDistribution(7);
        for (double x : new double[] {-3, -0.5, 0.2, 1.9, 4}) {
            assertEquals(t.cumulativeProbability(x), NoncentralT.cdf(x, 7, 0), 1e-12, "x " + x);
        }
    }

    @Test
    void sizeIsAlphaAndMdeRoundTrips() {
        assertEquals(0.05, Power.tTest(0, 30, 1, 0.05), 1e-12);
        double d = Power.tTestMinimumEffect(40, 1, 0.05, 0.8);
        assertEquals(0.8, Power.tTest(d, 40, 1, 0.05), 1e-12);
        assertEquals(0.55, Power.proportionAbove(0.5, Power.cohensH(0.55, 0.5)), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Power.tTest(0.5, 1, 1, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Power.tTestMinimumEffect(10, 1, 0.05, 0.01));
    }
}
