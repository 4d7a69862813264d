package dev.ophamin.model;

import dev.ophamin.Experimental;
/** The three verdict outcomes of a proof. A REFUTED proof is a valid result. */
@Experimental
public enum Outcome {
    VALIDATED, REFUTED, INCONCLUSIVE;

    /** The outcome named {@code text}; IllegalArgumentException naming {@code field} otherwise. */
    public static Outcome parse(String text, String field) {
        for (Outcome o : values()) {
            if (o.name().equals(text)) {
                return o;
            }
        }
        throw new IllegalArgumentException(field + ": must be one of VALIDATED, REFUTED, INCONCLUSIVE, got '"
                + text + "'");
    }
}
