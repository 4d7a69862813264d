package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Library;

/** Wilson's closed form: centre (p + z^2/2n) / (1 + z^2/n), half-width from the same quadratic. */
public final class ClosedFormWilsonCi implements WilsonCi {
    @Override
    public Interval compute(long successes, long trials, double confidence) {
        double z = WilsonCi.checkedZ(successes, trials, confidence);
        double n = trials;
        double p = successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        // at k = 0 or k = n the bound is exactly 0 or 1; the subtraction would leave rounding dust
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(lower, upper);
    }

    @Override
    public Library source() {
        return Library.OPHAMIN;
    }

    @Override
    public String label() {
        return "ophamin-closed-form";
    }
}
