package dev.ophamin.pillar.spc;

import dev.ophamin.pillar.Inputs;
import java.util.ArrayList;
import java.util.List;

/**
 * A Shewhart individuals (X) chart: centre = mean, sigma = mean moving range / 1.128 (d2 for
 * ranges of two), with the four Western Electric rules. A rule fires at point i when the window
 * ending at i shows the pattern and point i itself is part of it (beyond the zone, or on the side).
 */
public record IndividualsChart(double centre, double sigma, List<Signal> signals) {
    /** d2 for subgroups of size 2: the expected range of two standard normals. */
    public static final double D2 = 1.128;

    public IndividualsChart {
        signals = List.copyOf(signals);
    }

    public double upperControlLimit() {
        return centre + 3 * sigma;
    }

    public double lowerControlLimit() {
        return centre - 3 * sigma;
    }

    /** The chart for {@code xs} (at least two finite values) with every signal, by index then rule. */
    public static IndividualsChart of(double[] xs) {
        Inputs.sample("individuals chart", xs, 2);
        double sum = 0;
        double ranges = 0;
        for (int i = 0; i < xs.length; i++) {
            sum += xs[i];
            if (i > 0) {
                ranges += Math.abs(xs[i] - xs[i - 1]);
            }
        }
        double centre = sum / xs.length;
        double sigma = ranges / (xs.length - 1) / D2;
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            for (Rule r : Rule.values()) {
                if (fires(r, xs, i, centre, sigma)) {
                    signals.add(new Signal(r, i));
                }
            }
        }
        return new IndividualsChart(centre, sigma, signals);
    }

    private static boolean fires(Rule rule, double[] xs, int i, double c, double s) {
        double z = xs[i] - c;
        return switch (rule) {
            case BEYOND_3_SIGMA -> Math.abs(z) > 3 * s;
            case TWO_OF_THREE_BEYOND_2_SIGMA -> countBeyond(xs, i, 3, c, 2 * s, Math.signum(z)) >= 2
                    && Math.abs(z) > 2 * s;
            case FOUR_OF_FIVE_BEYOND_1_SIGMA -> countBeyond(xs, i, 5, c, s, Math.signum(z)) >= 4
                    && Math.abs(z) > s;
            case EIGHT_ON_ONE_SIDE -> z != 0 && countBeyond(xs, i, 8, c, 0, Math.signum(z)) == 8;
        };
    }

    /** Points among the {@code window} ending at i that lie more than {@code limit} from c on side {@code side}. */
    private static int countBeyond(double[] xs, int i, int window, double c, double limit, double side) {
        if (i + 1 < window || side == 0) {
            return 0;
        }
        int n = 0;
        for (int j = i - window + 1; j <= i; j++) {
            if ((xs[j] - c) * side > limit) {
                n++;
            }
        }
        return n;
    }
}
