package dev.ophamin;

import dev.ophamin.canonical.Violation;

/**
 * The input is not a document the canonical profile accepts. Carries the violated rule and,
 * where the input had one, the location (byte offset, 1-based line and column).
 */
@Stable
public final class DecodeException extends OphaminException {
    private static final long serialVersionUID = 1L;

    private final Violation violation;
    private final long byteOffset;
    private final int line;
    private final int column;

    /** A violation at a location in the input (offset and 1-based line and column). */
    public DecodeException(Violation violation, String detail, long byteOffset, int line, int column) {
        super(format(violation, detail, byteOffset, line, column));
        this.violation = violation;
        this.byteOffset = byteOffset;
        this.line = line;
        this.column = column;
    }

    /** A violation found after parsing (for example at write time), with no input location. */
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

    /** The rule the input broke. */
    public Violation violation() {
        return violation;
    }

    /** Byte offset of the problem in the input, or -1 when there is no input location. */
    public long byteOffset() {
        return byteOffset;
    }

    /** 1-based line of the problem, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1. */
    public int column() {
        return column;
    }
}
