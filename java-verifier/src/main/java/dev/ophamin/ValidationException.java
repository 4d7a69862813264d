package dev.ophamin;

/** The record breaks a structural rule (the reference's validate() checks). */
@Stable
public final class ValidationException extends OphaminException {
    private static final long serialVersionUID = 1L;

    /**
     * A structural failure described by {@code message}.
     *
     * @param message the one-line description
     */
    public ValidationException(String message) {
        super(message);
    }
}
