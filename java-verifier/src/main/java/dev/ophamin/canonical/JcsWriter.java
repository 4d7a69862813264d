package dev.ophamin.canonical;

import dev.ophamin.DecodeException;
import dev.ophamin.Internal;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** RFC 8785 (JSON Canonicalization Scheme) on the same value model and number digits. */
@Internal
public final class JcsWriter {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private JcsWriter() {
    }

    /**
     * Appends the JCS form of {@code value}.
     *
     * @throws DecodeException for values RFC 8785 cannot express: {@code non-finite-number},
     *     {@code lone-surrogate}, {@code integer-precision}
     * @param value the value tree
     * @param out where the bytes are appended
     */
    public static void write(JsonValue value, ByteSink out) throws DecodeException {
        if (value instanceof JsonString) {
            writeString(((JsonString) value).value(), out);
        } else if (value instanceof JsonObject) {
            Map<String, JsonValue> m = ((JsonObject) value).members();
            String[] keys = m.keySet().toArray(new String[0]);
            Arrays.sort(keys, KeyOrder.UTF16);
            out.write('{');
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                writeString(keys[i], out);
                out.write(':');
                write(m.get(keys[i]), out);
            }
            out.write('}');
        } else if (value instanceof JsonArray) {
            List<JsonValue> items = ((JsonArray) value).items();
            out.write('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(items.get(i), out);
            }
            out.write(']');
        } else if (value instanceof JsonInt) {
            out.writeAscii(FloatFormat.ecmascript(exactDouble((JsonInt) value)));
        } else if (value instanceof JsonFloat) {
            double d = ((JsonFloat) value).value();
            if (!Double.isFinite(d)) {
                throw new DecodeException(Violation.NON_FINITE_NUMBER,
                        FloatFormat.python(d) + " has no RFC 8785 form");
            }
            out.writeAscii(FloatFormat.ecmascript(d));
        } else if (value instanceof JsonBool) {
            out.writeAscii(((JsonBool) value).value() ? "true" : "false");
        } else {
            out.writeAscii("null");
        }
    }

    // JCS numbers are IEEE doubles. An integer is kept when no digit of meaning is lost: it is
    // exactly a double (2^63 is written 9223372036854776000), or its own text is the ECMAScript
    // text of its nearest double (18014476661274750, the form this writer itself produces for
    // large doubles, so that jcs output always reads back). Anything else would be rounded.
    private static double exactDouble(JsonInt i) throws DecodeException {
        double d;
        boolean exact;
        if (i.fitsLong()) {
            long v = i.longValue();
            d = (double) v;
            exact = Math.abs(v) <= (1L << 53) || (d != 0x1p63 && (long) d == v);
        } else {
            d = i.bigValue().doubleValue();
            exact = Double.isFinite(d) && new BigDecimal(d).toBigIntegerExact().equals(i.bigValue());
        }
        if (exact || Double.isFinite(d) && FloatFormat.ecmascript(d).equals(i.toString())) {
            return d;
        }
        throw new DecodeException(Violation.INTEGER_PRECISION,
                "integer " + abbreviate(i.toString()) + " is neither exactly an IEEE-754 double nor the RFC 8785 "
                        + "form of one");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 20) + "..." + s.substring(s.length() - 10);
    }

    private static void writeString(String s, ByteSink out) throws DecodeException {
        int n = s.length();
        out.ensure(n + 2);
        out.write('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out.write(c);
                } else {
                    escape(c, out);
                }
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    out.write(0xF0 | (cp >> 18));
                    out.write(0x80 | ((cp >> 12) & 0x3F));
                    out.write(0x80 | ((cp >> 6) & 0x3F));
                    out.write(0x80 | (cp & 0x3F));
                } else {
                    throw new DecodeException(Violation.LONE_SURROGATE,
                            String.format("unpaired surrogate U+%04X in a string", (int) c));
                }
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        out.write('"');
    }

    private static void escape(char c, ByteSink out) {
        out.write('\\');
        switch (c) {
            case '"': out.write('"'); break;
            case '\\': out.write('\\'); break;
            case '\b': out.write('b'); break;
            case '\f': out.write('f'); break;
            case '\n': out.write('n'); break;
            case '\r': out.write('r'); break;
            case '\t': out.write('t'); break;
            default:
                out.write('u');
                out.write('0');
                out.write('0');
                out.write(HEX[(c >> 4) & 0xF]);
                out.write(HEX[c & 0xF]);
        }
    }
}
