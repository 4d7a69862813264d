package dev.ophamin.pillar.multiplicity;

import dev.ophamin.pillar.Inputs;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Multiple-testing corrections, as statsmodels' {@code multipletests} methods 'holm' and 'fdr_bh':
 * adjusted p-values and the hypotheses rejected at a family level alpha (adjusted p &lt;= alpha).
 */
public enum Correction {
    /** Holm's step-down: adjusted p_(i) = max over j &lt;= i of (m - j) p_(j), capped at 1 (i 0-based). */
    HOLM("holm"),
    /** Benjamini-Hochberg step-up: adjusted p_(i) = min over j >= i of m p_(j) / (j + 1), capped at 1. */
    BENJAMINI_HOCHBERG("bh");

    private final String id;

    Correction(String id) {
        this.id = id;
    }

    /** The short name used on command lines ("holm" or "bh"). */
    public String id() {
        return id;
    }

    /** "holm" or "bh" (also "fdr_bh"); anything else is an error naming the choices. */
    public static Correction parse(String name) {
        return switch (name == null ? "" : name.toLowerCase(java.util.Locale.ROOT)) {
            case "holm" -> HOLM;
            case "bh", "fdr_bh", "benjamini-hochberg" -> BENJAMINI_HOCHBERG;
            default -> throw new IllegalArgumentException("correction: expected holm or bh, got '" + name + "'");
        };
    }

    /** Adjusted p-values (in input order) and the rejections at {@code alpha}. */
    public Adjusted apply(double[] pValues, double alpha) {
        if (pValues == null) {
            throw new IllegalArgumentException("correction: p-values missing");
        }
        for (int i = 0; i < pValues.length; i++) {
            Inputs.pValue("correction p-value " + i, pValues[i]);
        }
        Inputs.openUnit("correction alpha", alpha);
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        if (this == HOLM) {
            double running = 0;
            for (int j = 0; j < m; j++) {
                running = Math.max(running, Math.min(1.0, (m - j) * pValues[order[j]]));
                adjusted[order[j]] = running;
            }
        } else {
            double running = 1.0;
            for (int j = m - 1; j >= 0; j--) {
                running = Math.min(running, m * pValues[order[j]] / (j + 1));
                adjusted[order[j]] = running;
            }
        }
        boolean[] rejected = new boolean[m];
        for (int i = 0; i < m; i++) {
            rejected[i] = adjusted[i] <= alpha;
        }
        return new Adjusted(this, alpha, adjusted, rejected);
    }
}
