package dev.ophamin.pillar.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdwinTest {
    @Test
    void constantStreamNeverCutsAndKeepsEverything() {
        Adwin a = new Adwin(0.002);
        for (int i = 0; i < 5000; i++) {
            assertFalse(a.add(3.0));
        }
        assertEquals(5000, a.width());
        assertEquals(3.0, a.mean(), 1e-12);
        // exponential histogram: at most M buckets per size, so O(M log n) buckets
        assertTrue(a.bucketCount() <= Adwin.DEFAULT_MAX_BUCKETS * 13, "buckets " + a.bucketCount());
    }

    @Test
    void stepChangeIsDetectedSoonAfterItHappens() {
        double[] xs = new double[2000];
        for (int i = 1000; i < xs.length; i++) {
            xs[i] = 1.0;
        }
        List<Integer> d = Adwin.detect(xs, 0.002);
        assertFalse(d.isEmpty());
        assertTrue(d.get(0) >= 1000 && d.get(0) < 1050, "first detection at " + d.get(0));
    }

    @Test
    void windowShrinksToTheNewRegime() {
        Adwin a = new Adwin(0.002);
        for (int i = 0; i < 1000; i++) {
            a.add(0.0);
        }
        for (int i = 0; i < 500; i++) {
            a.add(1.0);
        }
        // after the cut the window holds (almost) only post-change values
        assertTrue(a.width() <= 600, "width " + a.width());
        assertTrue(a.mean() > 0.8, "mean " + a.mean());
    }

    @Test
    void stationaryNoiseWithSeedHasNoFalseAlarmAndAShiftIsFound() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] xs = new double[3000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (rnd.nextDouble() < (i < 2000 ? 0.3 : 0.6)) ? 1 : 0;
        }
        List<Integer> d = Adwin.detect(xs, 0.002);
        assertFalse(d.isEmpty());
        assertTrue(d.get(0) >= 2000 && d.get(0) < 2300, "detections " + d);
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> new Adwin(0));
        assertThrows(IllegalArgumentException.class, () -> new Adwin(0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Adwin(0.1).add(Double.NaN));
    }
}
