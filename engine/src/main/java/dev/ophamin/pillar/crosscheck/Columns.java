package dev.ophamin.pillar.crosscheck;

/** Two equal-length columns as the row-major n x 2 array Hipparchus expects. */
final class Columns {
    private Columns() {
    }

    static double[][] of(double[] x, double[] y) {
        double[][] m = new double[x.length][2];
        for (int i = 0; i < x.length; i++) {
            m[i][0] = x[i];
            m[i][1] = y[i];
        }
        return m;
    }
}
