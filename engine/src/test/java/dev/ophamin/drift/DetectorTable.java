package dev.ophamin.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The measured behaviour of each detector with its default parameters over seeded synthetic
 * streams: 1,000 N(0, 1) values, then 1,000 more that are unchanged, stepped (mean +1), ramped
 * (mean rising linearly to +2 over 500 values, then flat) or spread (standard deviation 3).
 * Per detector and scenario, over 30 seeds: how often the change was detected (a detection at or
 * after the change point), the median delay of the first such detection, and false alarms per
 * 1,000 samples before the change (for "none", over the whole stream).
 */
final class DetectorTable {
    static final int SEEDS = 30;
    static final int HALF = 1000;
    static final List<String> SCENARIOS = List.of("none", "step", "ramp", "variance");

    private DetectorTable() {
    }

    static double[] stream(String scenario, long seed) {
        Random r = new Random(seed);
        double[] x = new double[2 * HALF];
        for (int i = 0; i < x.length; i++) {
            double z = r.nextGaussian();
            int t = i - HALF;
            x[i] = switch (scenario) {
                case "step" -> t >= 0 ? z + 1 : z;
                case "ramp" -> t >= 0 ? z + 2.0 * Math.min(t, 500) / 500 : z;
                case "variance" -> t >= 0 ? 3 * z : z;
                default -> z;
            };
        }
        return x;
    }

    /** One row: detector, scenario, detection rate, median delay, false alarms per 1,000. */
    record Row(String detector, String scenario, String detected, String medianDelay, String falseAlarms) {
        String line() {
            return "| " + detector + " | " + scenario + " | " + detected + " | " + medianDelay + " | " + falseAlarms + " |";
        }
    }

    static List<Row> compute() {
        List<Row> rows = new ArrayList<>();
        for (String d : Detectors.NAMES) {
            for (String sc : SCENARIOS) {
                int detected = 0;
                long falseAlarms = 0;
                List<Integer> delays = new ArrayList<>();
                for (long seed = 1; seed <= SEEDS; seed++) {
                    StreamDetector det = Detectors.create(d, seed);
                    double[] x = stream(sc, seed);
                    int first = -1;
                    for (int i = 0; i < x.length; i++) {
                        if (det.update(x[i])) {
                            if (sc.equals("none") || i < HALF) {
                                falseAlarms++;
                            } else if (first < 0) {
                                first = i;
                            }
                        }
                    }
                    if (first >= 0) {
                        detected++;
                        delays.add(first - HALF);
                    }
                }
                double span = sc.equals("none") ? 2.0 * HALF : HALF;
                String fa = String.format(Locale.ROOT, "%.2f", falseAlarms * 1000.0 / (span * SEEDS));
                if (sc.equals("none")) {
                    rows.add(new Row(d, sc, "—", "—", fa));
                } else {
                    delays.sort(null);
                    String med = delays.isEmpty() ? "—" : Integer.toString(delays.get((delays.size() - 1) / 2));
                    rows.add(new Row(d, sc, detected + "/" + SEEDS, med, fa));
                }
            }
        }
        return rows;
    }

    public static void main(String[] args) {
        compute().forEach(r -> System.out.println(r.line()));
    }
}
