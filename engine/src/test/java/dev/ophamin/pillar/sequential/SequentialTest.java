package dev.ophamin.pillar.sequential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequentialTest {
    private static final WaldSprt SPRT = new WaldSprt(0.5, 0.9, 0.05, 0.2);

    @Test
    void waldBoundariesAreWaldsFormulas() {
        WaldSprt.Result r = SPRT.run(new boolean[0]);
        assertEquals(Math.log(16), r.logA(), 1e-15); // (1 - 0.2) / 0.05
        assertEquals(Math.log(0.2 / 0.95), r.logB(), 1e-15);
        assertEquals(Decision.CONTINUE, r.decision());
        assertEquals(-1, r.index());
    }

    @Test
    void fiveSuccessesAcceptH1() {
        // each success adds ln 1.8 = 0.588; four give 2.35 < ln 16 = 2.77, five give 2.94
        WaldSprt.Result r = SPRT.run(new boolean[] {true, true, true, true, true, true});
        assertEquals(Decision.ACCEPT_H1, r.decision());
        assertEquals(4, r.index());
        assertEquals(5 * Math.log(1.8), r.logLikelihoodRatio(), 1e-12);
    }

    @Test
    void oneFailureAcceptsH0() {
        // a failure adds ln 0.2 = -1.61 <= ln(0.2/0.95) = -1.56
        WaldSprt.Result r = SPRT.run(new boolean[] {false, true});
        assertEquals(Decision.ACCEPT_H0, r.decision());
        assertEquals(0, r.index());
    }

    @Test
    void msprtMatchesTheClosedFormAtOneObservation() {
        // sigma = tau = 1, x = 2: Lambda = sqrt(1/2) e^(4 / 4) = 1.922, p = 0.5203
        MixtureSprt m = new MixtureSprt(0, 1, 1);
        MixtureSprt.Result r = m.run(new double[] {2.0}, 0.05);
        assertEquals(Math.sqrt(2) / Math.E, r.finalP(), 1e-15);
        assertEquals(1.0, m.run(new double[] {0.0}, 0.05).finalP(), 0.0); // Lambda < 1 -> p stays 1
    }

    @Test
    void msprtPValuesNeverRiseAndAShiftIsFound() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] xs = new double[2000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 0.2 + Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
        }
        MixtureSprt.Result r = new MixtureSprt(0, 1, 0.5).run(xs, 0.05);
        double[] p = r.pValues();
        for (int i = 1; i < p.length; i++) {
            assertTrue(p[i] <= p[i - 1]);
        }
        assertEquals(Decision.ACCEPT_H1, r.decision());
        assertTrue(p[r.rejectedAt()] <= 0.05 && (r.rejectedAt() == 0 || p[r.rejectedAt() - 1] > 0.05));
    }

    @Test
    void msprtUnderTheNullRarelyRejects() {
        // always-valid: over 200 seeded null streams of 500 looks each, rejections stay near or below 5%
        SplittableRandom rnd = new SplittableRandom(5);
        int rejected = 0;
        for (int s = 0; s < 200; s++) {
            double[] xs = new double[500];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
            }
            if (new MixtureSprt(0, 1, 1).run(xs, 0.05).rejectedAt() >= 0) {
                rejected++;
            }
        }
        assertTrue(rejected <= 20, "rejected " + rejected + " of 200");
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> new WaldSprt(0.5, 0.5, 0.05, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new WaldSprt(0.5, 0.6, 0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new MixtureSprt(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new MixtureSprt(0, 1, 1).run(new double[] {Double.NaN}, 0.05));
    }
}
