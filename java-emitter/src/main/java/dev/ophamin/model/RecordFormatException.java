package dev.ophamin.model;

import dev.ophamin.OphaminException;
import dev.ophamin.Stable;

/**
 * A JSON document does not have the shape of the record it was read as. The message starts with
 * the path of the offending field ({@code evidence[2].p_value: ...}).
 */
@Stable
public final class RecordFormatException extends OphaminException {
    private static final long serialVersionUID = 1L;

    /** The field at fault, as a dotted path. */
    private final String field;

    /**
     * A field that cannot be read.
     *
     * @param field the field at fault, as a dotted path
     * @param problem what is wrong with it
     */
    public RecordFormatException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    /** {@return the path of the field at fault ("" for the document itself)} */
    public String field() {
        return field;
    }
}
