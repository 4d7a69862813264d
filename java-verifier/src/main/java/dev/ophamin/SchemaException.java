package dev.ophamin;

/** The document does not satisfy the JSON Schema of its record kind. */
@Stable
public final class SchemaException extends OphaminException {
    private static final long serialVersionUID = 1L;

    /**
     * A schema failure described by {@code message}.
     *
     * @param message the one-line description
     */
    public SchemaException(String message) {
        super(message);
    }
}
