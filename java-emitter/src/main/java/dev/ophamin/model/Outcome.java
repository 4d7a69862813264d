package dev.ophamin.model;

import dev.ophamin.Experimental;

/** The three verdict outcomes of a proof. A REFUTED proof is a valid result. */
@Experimental
public enum Outcome {
    /** The claim held. */
    VALIDATED,
    /** The claim failed. */
    REFUTED,
    /** The data could not decide. */
    INCONCLUSIVE;

    /**
     * The outcome of a name.
     *
     * @param text the outcome's name
     * @param field the field being read, for the error message
     * @return the outcome
     * @throws IllegalArgumentException naming {@code field} when {@code text} is no outcome
     */
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
