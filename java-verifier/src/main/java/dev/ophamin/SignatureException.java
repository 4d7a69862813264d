package dev.ophamin;

/** The record's id, MAC or attestation does not check out, or it is unsigned where a signature is required. */
@Stable
public final class SignatureException extends OphaminException {
    private static final long serialVersionUID = 1L;

    /**
     * An authenticity failure described by {@code message}.
     *
     * @param message the one-line description
     */
    public SignatureException(String message) {
        super(message);
    }
}
