package dev.ophamin.envelope;

import dev.ophamin.Experimental;
import dev.ophamin.OphaminException;

/** An envelope is malformed, does not carry a proof, or its signature does not check. */
@Experimental
public final class EnvelopeException extends OphaminException {
    private static final long serialVersionUID = 1L;

    /**
     * An envelope problem.
     *
     * @param message the one-line description
     */
    public EnvelopeException(String message) {
        super(message);
    }
}
