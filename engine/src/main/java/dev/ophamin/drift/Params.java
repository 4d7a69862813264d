package dev.ophamin.drift;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A detector's parameters as given on the command line ({@code kswin:alpha=0.001,window=200}):
 * each read once with its default; a parameter left unread is an error naming the detector.
 */
final class Params {
    private final String detector;
    private final Map<String, String> given;

    Params(String detector, Map<String, String> given) {
        this.detector = detector;
        this.given = new LinkedHashMap<>(given);
    }

    double real(String name, double dflt) {
        String v = given.remove(name);
        if (v == null) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(detector + " " + name + ": '" + v + "' is not a finite number");
        }
    }

    long whole(String name, long dflt) {
        String v = given.remove(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(detector + " " + name + ": '" + v + "' is not a whole number");
        }
    }

    int integer(String name, int dflt, int min) {
        String v = given.remove(name);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min) {
                throw new IllegalArgumentException(detector + " " + name + ": must be at least " + min + ", got " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(detector + " " + name + ": '" + v + "' is not a whole number");
        }
    }

    /** Fails on any parameter the detector did not read. */
    void done() {
        if (!given.isEmpty()) {
            throw new IllegalArgumentException(detector + ": unknown parameter(s) " + String.join(", ", given.keySet()));
        }
    }
}
