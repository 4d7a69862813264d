package dev.ophamin.pillar.multiplicity;

/** Adjusted p-values and rejections, both in the order of the input p-values. */
public record Adjusted(Correction method, double alpha, double[] adjusted, boolean[] rejected) {
    public Adjusted {
        adjusted = adjusted.clone();
        rejected = rejected.clone();
    }

    @Override
    public double[] adjusted() {
        return adjusted.clone();
    }

    @Override
    public boolean[] rejected() {
        return rejected.clone();
    }

    /** How many hypotheses are rejected. */
    public int rejections() {
        int n = 0;
        for (boolean r : rejected) {
            n += r ? 1 : 0;
        }
        return n;
    }
}
