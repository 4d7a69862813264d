package dev.ophamin.pillar.crosscheck;

import static dev.ophamin.pillar.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two implementations of each statistic agree with each other on a seeded sweep, and reject bad input. */
class CrossCheckAgreementTest {
    private static double[] draw(SplittableRandom rnd, int n, double shift, boolean ties) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            double v = shift + gaussian(rnd);
            xs[i] = ties ? Math.round(v * 2) / 2.0 : v;
        }
        return xs;
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    @Test
    void implementationsAgreeOnSeededSweep() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            int n1 = 3 + rnd.nextInt(60);
            int n2 = 3 + rnd.nextInt(60);
            boolean ties = round % 3 == 0;
            double[] a = draw(rnd, n1, 0, ties);
            double[] b = draw(rnd, n2, rnd.nextDouble(), ties);
            double[] y = draw(rnd, n1, 0, ties);
            for (int j = 0; j < n1; j++) {
                y[j] += 0.5 * a[j];
            }
            String at = "round " + round;
            List<WelchT> w = CrossChecks.welchT();
            WelchT.Result w0 = w.get(0).compute(a, b);
            WelchT.Result w1 = w.get(1).compute(a, b);
            assertClose(w0.t(), w1.t(), 1e-9, 1e-12, at + " welch t");
            assertClose(w0.p(), w1.p(), 1e-9, 1e-15, at + " welch p");
            MannWhitney.Result m0 = CrossChecks.mannWhitney().get(0).compute(a, b);
            MannWhitney.Result m1 = CrossChecks.mannWhitney().get(1).compute(a, b);
            assertEquals(m0.u(), m1.u(), at + " U");
            assertClose(m0.p(), m1.p(), 1e-9, 1e-15, at + " mann-whitney p");
            SpearmanRho.Result s0 = CrossChecks.spearmanRho().get(0).compute(a, y);
            SpearmanRho.Result s1 = CrossChecks.spearmanRho().get(1).compute(a, y);
            assertClose(s0.rho(), s1.rho(), 1e-9, 1e-14, at + " rho");
            Anova.Result f0 = CrossChecks.anova().get(0).compute(List.of(a, b, y));
            Anova.Result f1 = CrossChecks.anova().get(1).compute(List.of(a, b, y));
            assertClose(f0.f(), f1.f(), 1e-9, 1e-14, at + " F");
            long trials = 1 + rnd.nextInt(5000);
            long k = rnd.nextLong(trials + 1);
            WilsonCi.Interval c0 = CrossChecks.wilsonCi().get(0).compute(k, trials, 0.95);
            WilsonCi.Interval c1 = CrossChecks.wilsonCi().get(1).compute(k, trials, 0.95);
            assertClose(c0.lower(), c1.lower(), 1e-9, 1e-15, at + " wilson lower");
            assertClose(c0.upper(), c1.upper(), 1e-9, 1e-15, at + " wilson upper");
        }
    }

    @Test
    void signedZerosAreTies() {
        double[] a = {-0.0, 1, 2};
        double[] b = {0.0, 3, 4};
        for (MannWhitney m : CrossChecks.mannWhitney()) {
            assertEquals(2.5, m.compute(a, b).u(), m.label()); // ranks 1.5, 3, 4
        }
    }

    @Test
    void wilsonIsInsideUnitAndContainsTheEstimate() {
        for (WilsonCi c : CrossChecks.wilsonCi()) {
            WilsonCi.Interval i = c.compute(3, 10, 0.95);
            assertTrue(i.lower() > 0 && i.lower() < 0.3 && i.upper() > 0.3 && i.upper() < 1, c.label());
            assertEquals(0.0, c.compute(0, 10, 0.95).lower());
            assertEquals(1.0, c.compute(10, 10, 0.95).upper());
        }
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        for (WelchT w : CrossChecks.welchT()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.compute(new double[] {1}, new double[] {1, 2}));
            assertTrue(e.getMessage().contains("welch-t sample a"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> w.compute(new double[] {1, 1}, new double[] {2, 2}));
            assertThrows(IllegalArgumentException.class,
                    () -> w.compute(new double[] {1, Double.NaN}, new double[] {2, 3}));
        }
        for (WilsonCi c : CrossChecks.wilsonCi()) {
            assertThrows(IllegalArgumentException.class, () -> c.compute(11, 10, 0.95));
            assertThrows(IllegalArgumentException.class, () -> c.compute(1, 10, 1.0));
        }
        for (PearsonR p : CrossChecks.pearsonR()) {
            assertThrows(IllegalArgumentException.class, () -> p.compute(new double[] {1, 2, 3}, new double[] {1, 2}));
            assertThrows(IllegalArgumentException.class, () -> p.compute(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
        }
        for (Anova a : CrossChecks.anova()) {
            assertThrows(IllegalArgumentException.class, () -> a.compute(List.of(new double[] {1, 2})));
        }
    }
}
