package dev.ophamin;

/** The record breaks a structural rule (the reference's validate() checks). */
public final class ValidationException extends OphaminException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }
}
