package dev.ophamin;

import dev.ophamin.canonical.Violation;

/**
 * The input is not a document the canonical profile accepts. Carries the violated rule and,
 * where the input had one, the location (byte offset, 1-based line and column).
 */
@Stable
public final class DecodeException extends OphaminException {
    private static final long serialVersionUID = 1L;

    /** The rule the input broke. */
    private final Violation violation;
    /** Byte offset of the problem, or -1. */
    private final long byteOffset;
    /** 1-based line of the problem, or -1. */
    private final int line;
    /** 1-based column of the problem, or -1. */
    private final int column;

    /**
     * A violation at a location in the input (offset and 1-based line and column).
     *
     * @param violation the rule the input broke
     * @param detail what was found, for the message; may be empty
     * @param byteOffset offset of the problem in the input, from 0
     * @param line 1-based line of the problem
     * @param column 1-based column of the problem
     */
    public DecodeException(Violation violation, String detail, long byteOffset, int line, int column) {
        super(format(violation, detail, byteOffset, line, column));
        this.violation = violation;
        this.byteOffset = byteOffset;
        this.line = line;
        this.column = column;
    }

    /**
     * A violation found after parsing (for example at write time), with no input location.
     *
     * @param violation the rule the value broke
     * @param detail what was found, for the message; may be empty
     */
    public DecodeException(Violation violation, String detail) {
        this(violation, detail, -1, -1, -1);
    }

    private static String format(Violation v, String detail, long off, int line, int col) {
        StringBuilder sb = new StringBuilder(v.code());
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        if (off >= 0) {
            sb.append(" (line ").append(line).append(", column ").append(col)
              .append(", byte ").append(off).append(')');
        }
        return sb.toString();
    }

    /** {@return the rule the input broke} */
    public Violation violation() {
        return violation;
    }

    /** {@return byte offset of the problem in the input, or -1 when there is no input location} */
    public long byteOffset() {
        return byteOffset;
    }

    /** {@return 1-based line of the problem, or -1} */
    public int line() {
        return line;
    }

    /** {@return 1-based column of the problem, or -1} */
    public int column() {
        return column;
    }
}
