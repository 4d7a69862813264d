package dev.ophamin;

/**
 * Root of every failure this kit reports. Subclasses say which layer refused the input:
 * {@link DecodeException} (bytes or JSON grammar), {@link SchemaException} (JSON Schema),
 * {@link ValidationException} (structural rules), {@link SignatureException} (id, MAC or
 * attestation) and {@link VersionException} (a schema version this kit does not read).
 */
@Stable
public class OphaminException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A failure described by {@code message}.
     *
     * @param message the one-line description
     */
    public OphaminException(String message) {
        super(message);
    }

    /**
     * A failure described by {@code message}, caused by {@code cause}.
     *
     * @param message the one-line description
     * @param cause the underlying failure
     */
    public OphaminException(String message, Throwable cause) {
        super(message, cause);
    }
}
