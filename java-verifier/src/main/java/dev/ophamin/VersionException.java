package dev.ophamin;

/** The record declares a schema version this kit does not read. */
@Stable
public final class VersionException extends OphaminException {
    private static final long serialVersionUID = 1L;

    /**
     * An unread version described by {@code message}.
     *
     * @param message the one-line description
     */
    public VersionException(String message) {
        super(message);
    }
}
