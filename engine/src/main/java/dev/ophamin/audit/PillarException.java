package dev.ophamin.audit;

/** A pillar's tool failed; the message becomes the run's {@code error_message}. */
public final class PillarException extends Exception {
    private static final long serialVersionUID = 1L;

    public PillarException(String message) {
        super(message);
    }

    public PillarException(String message, Throwable cause) {
        super(message, cause);
    }
}
