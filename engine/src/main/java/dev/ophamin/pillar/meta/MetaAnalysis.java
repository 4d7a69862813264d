package dev.ophamin.pillar.meta;

import dev.ophamin.pillar.Inputs;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Inverse-variance fixed-effect and DerSimonian-Laird random-effects meta-analysis
 * (DerSimonian and Laird 1986): with w_i = 1/v_i, Q = sum w_i (y_i - ybar_w)^2,
 * tau^2 = max(0, (Q - (k - 1)) / (sum w - sum w^2 / sum w)), random weights 1/(v_i + tau^2),
 * I^2 = max(0, (Q - (k - 1)) / Q). Intervals are estimate +- z_0.975 SE.
 */
public final class MetaAnalysis {
    private static final double Z975 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private MetaAnalysis() {
    }

    /** The pooled analysis of all studies. */
    public static MetaStep combine(double[] effects, double[] variances) {
        check(effects, variances);
        return step(effects, variances, effects.length);
    }

    /** Cumulative meta-analysis: one step per prefix of the studies, in the order given. */
    public static List<MetaStep> cumulative(double[] effects, double[] variances) {
        check(effects, variances);
        List<MetaStep> out = new ArrayList<>();
        for (int k = 1; k <= effects.length; k++) {
            out.add(step(effects, variances, k));
        }
        return List.copyOf(out);
    }

    private static void check(double[] effects, double[] variances) {
        Inputs.sample("meta-analysis effects", effects, 1);
        Inputs.sample("meta-analysis variances", variances, 1);
        if (effects.length != variances.length) {
            throw new IllegalArgumentException("meta-analysis: " + effects.length + " effects but "
                    + variances.length + " variances");
        }
        for (int i = 0; i < variances.length; i++) {
            if (!(variances[i] > 0)) {
                throw new IllegalArgumentException("meta-analysis: variance " + i + " must be positive, got "
                        + variances[i]);
            }
        }
    }

    private static MetaStep step(double[] y, double[] v, int k) {
        double sw = 0;
        double sw2 = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / v[i];
            sw += w;
            sw2 += w * w;
            swy += w * y[i];
        }
        double fixedMean = swy / sw;
        double q = 0;
        for (int i = 0; i < k; i++) {
            double d = y[i] - fixedMean;
            q += d * d / v[i];
        }
        int df = k - 1;
        double tau2 = k > 1 ? Math.max(0, (q - df) / (sw - sw2 / sw)) : 0;
        double i2 = q > 0 ? Math.max(0, (q - df) / q) : 0;
        double rw = 0;
        double rwy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (v[i] + tau2);
            rw += w;
            rwy += w * y[i];
        }
        return new MetaStep(k, pooled(fixedMean, Math.sqrt(1 / sw)), pooled(rwy / rw, Math.sqrt(1 / rw)), tau2, q, i2);
    }

    private static Pooled pooled(double estimate, double se) {
        return new Pooled(estimate, se, estimate - Z975 * se, estimate + Z975 * se);
    }
}
