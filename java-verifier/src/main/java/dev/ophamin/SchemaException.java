package dev.ophamin;

/** The document does not satisfy the JSON Schema of its record kind. */
public final class SchemaException extends OphaminException {
    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }
}
