package dev.ophamin.pillar.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageHinkleyTest {
    @Test
    void stepUpIsSignalledWhereTheHandSumCrossesLambda() {
        // 10000 zeros then ones, delta 0.005, lambda 50, alpha 1: m_t - M_t after J ones is
        // sum_{j<=J} (1 - j/(10000+j) - 0.005): 49.62 at J = 50, 50.61 at J = 51 -> index 10050
        double[] xs = new double[10200];
        for (int i = 10000; i < xs.length; i++) {
            xs[i] = 1;
        }
        assertEquals(List.of(10050), PageHinkley.detect(xs, 0.005, 50, 1.0));
    }

    @Test
    void constantAndFallingStreamsAreQuiet() {
        double[] flat = new double[5000];
        assertEquals(List.of(), PageHinkley.detect(flat, 0.005, 50, 1.0));
        double[] down = new double[5000];
        for (int i = 2500; i < down.length; i++) {
            down[i] = -1;
        }
        assertEquals(List.of(), PageHinkley.detect(down, 0.005, 50, 1.0));
    }

    @Test
    void restartsAfterADetection() {
        // 0 -> 1 -> 2: two separate upward changes, each found ~lambda steps in
        double[] xs = new double[3000];
        for (int i = 1000; i < xs.length; i++) {
            xs[i] = i < 2000 ? 1 : 2;
        }
        List<Integer> d = PageHinkley.detect(xs, 0.005, 20, 1.0);
        assertEquals(2, d.size(), d.toString());
        assertEquals(true, d.get(0) > 1000 && d.get(0) < 1030, d.toString());
        assertEquals(true, d.get(1) > 2000 && d.get(1) < 2030, d.toString());
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> new PageHinkley(-1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new PageHinkley(0.01, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PageHinkley(0.01, 10, 1.5));
    }
}
