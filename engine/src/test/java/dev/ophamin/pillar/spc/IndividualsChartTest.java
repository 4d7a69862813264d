package dev.ophamin.pillar.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** Hand-derived series: an alternating 0, 1 base (moving range 1) with one pattern appended. */
class IndividualsChartTest {
    private static double[] base(double... tail) {
        double[] xs = new double[20 + tail.length];
        for (int i = 0; i < 20; i++) {
            xs[i] = i % 2;
        }
        System.arraycopy(tail, 0, xs, 20, tail.length);
        return xs;
    }

    @Test
    void alternatingSeriesIsInControl() {
        IndividualsChart c = IndividualsChart.of(base());
        assertEquals(0.5, c.centre(), 1e-15);
        assertEquals(1 / 1.128, c.sigma(), 1e-15);
        assertEquals(List.of(), c.signals());
    }

    @Test
    void rule1Spike() {
        // centre 20/21, sigma (19 + 9)/20/1.128 = 1.241; 10 is 7.3 sigma out
        IndividualsChart c = IndividualsChart.of(base(10));
        assertEquals(20.0 / 21, c.centre(), 1e-12);
        assertEquals(1.4 / 1.128, c.sigma(), 1e-12);
        assertEquals(List.of(new Signal(Rule.BEYOND_3_SIGMA, 20)), c.signals());
    }

    @Test
    void rule2TwoOfThree() {
        // centre 17.5/23 = 0.761, sigma 27.5/22/1.128 = 1.108: 3.5 is 2.47 sigma out
        IndividualsChart c = IndividualsChart.of(base(3.5, 0.5, 3.5));
        assertEquals(List.of(new Signal(Rule.TWO_OF_THREE_BEYOND_2_SIGMA, 22)), c.signals());
    }

    @Test
    void rule3FourOfFive() {
        // centre 0.82, sigma 24.5/24/1.128 = 0.905: 2.5 is 1.86 sigma out
        IndividualsChart c = IndividualsChart.of(base(2.5, 2.5, 0.5, 2.5, 2.5));
        assertEquals(List.of(new Signal(Rule.FOUR_OF_FIVE_BEYOND_1_SIGMA, 24)), c.signals());
    }

    @Test
    void rule4EightOnOneSide() {
        // -1, 1 alternating then 0.5, 0.6 x 4: centre 0.22, sigma 1.08; the run of "above" starts at index 11
        double[] xs = DoubleStream.concat(
                DoubleStream.iterate(-1, x -> -x).limit(12),
                DoubleStream.iterate(0.5, x -> x == 0.5 ? 0.6 : 0.5).limit(8)).toArray();
        IndividualsChart c = IndividualsChart.of(xs);
        assertEquals(List.of(new Signal(Rule.EIGHT_ON_ONE_SIDE, 18), new Signal(Rule.EIGHT_ON_ONE_SIDE, 19)),
                c.signals());
    }

    @Test
    void limitsAndBadInput() {
        IndividualsChart c = IndividualsChart.of(base());
        assertEquals(0.5 + 3 / 1.128, c.upperControlLimit(), 1e-15);
        assertEquals(0.5 - 3 / 1.128, c.lowerControlLimit(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> IndividualsChart.of(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> IndividualsChart.of(new double[] {1, Double.NaN}));
    }
}
