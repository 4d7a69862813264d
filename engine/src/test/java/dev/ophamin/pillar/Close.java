package dev.ophamin.pillar;

import static org.junit.jupiter.api.Assertions.fail;

/** Agreement checks with the tolerance in the message. */
public final class Close {
    private Close() {
    }

    /** |actual - expected| <= rel * |expected| + abs. */
    public static void assertClose(double expected, double actual, double rel, double abs, String what) {
        double err = Math.abs(actual - expected);
        if (!(err <= rel * Math.abs(expected) + abs) && !(expected == actual)) {
            fail(what + ": expected " + expected + " got " + actual + " (|diff| " + err
                    + ", rel tol " + rel + ", abs tol " + abs + ")");
        }
    }

    /** 1e-9 relative, for values both sides compute in closed form. */
    public static void assertRel(double expected, double actual, String what) {
        assertClose(expected, actual, 1e-9, 0.0, what);
    }
}
