package dev.ophamin.record;

import dev.ophamin.Experimental;
import java.util.Set;

/** The threshold comparators of a claim and the rule that decides them. */
@Experimental
public final class Comparator {
    /** Every comparator a threshold may use. */
    public static final Set<String> ALL = Set.of(">=", "<=", ">", "<", "==");

    private Comparator() {
    }

    /**
     * {@return true when {@code observed <comparator> value} holds; false for an unknown comparator}
     *
     * @param comparator one of {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}, {@code !=}
     * @param observed the measured value
     * @param value the threshold
     */
    public static boolean decide(String comparator, double observed, double value) {
        switch (comparator) {
            case ">=": return observed >= value;
            case "<=": return observed <= value;
            case ">": return observed > value;
            case "<": return observed < value;
            case "==": return observed == value;
            default: return false;
        }
    }
}
