package dev.ophamin.canonical;

import dev.ophamin.Internal;

/**
 * Text of a double in the two profiles. Both use the shortest round-trip digits; they differ in
 * layout only.
 */
@Internal
public final class FloatFormat {
    private FloatFormat() {
    }

    /**
     * Python's {@code repr(float)}: fixed notation when 1e-4 &lt;= |x| &lt; 1e16 (always with a
     * fractional part), otherwise {@code d[.ddd]e±XX}; {@code NaN}, {@code Infinity},
     * {@code -Infinity} as bare words.
     *
     * @param value any double
     * @return its text as CPython's {@code json.dumps} writes it
     */
    public static String python(double value) {
        ByteSink sink = new ByteSink(32);
        writePython(value, sink);
        return sink.toString();
    }

    /** Appends {@link #python(double)}'s text to {@code out}. */
    static void writePython(double value, ByteSink out) {
        if (Double.isNaN(value)) {
            out.writeAscii("NaN");
            return;
        }
        if (Double.isInfinite(value)) {
            out.writeAscii(value > 0 ? "Infinity" : "-Infinity");
            return;
        }
        if (value == 0.0) {
            out.writeAscii(Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0");
            return;
        }
        ShortestDecimal sd = ShortestDecimal.of(value);
        String d = sd.digits;
        int e = sd.exponent;
        int k = d.length();
        out.ensure(k + 24);
        if (value < 0) {
            out.write('-');
        }
        if (e >= -4 && e < 16) {
            if (e >= 0) {
                if (k <= e + 1) {
                    ascii(out, d, 0, k);
                    repeat(out, '0', e + 1 - k);
                    out.write('.');
                    out.write('0');
                } else {
                    ascii(out, d, 0, e + 1);
                    out.write('.');
                    ascii(out, d, e + 1, k);
                }
            } else {
                out.write('0');
                out.write('.');
                repeat(out, '0', -e - 1);
                ascii(out, d, 0, k);
            }
        } else {
            out.write(d.charAt(0));
            if (k > 1) {
                out.write('.');
                ascii(out, d, 1, k);
            }
            out.write('e');
            out.write(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae >= 100) {
                out.write('0' + ae / 100);
            }
            out.write('0' + ae / 10 % 10);
            out.write('0' + ae % 10);
        }
    }

    private static void ascii(ByteSink out, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            out.write(s.charAt(i));
        }
    }

    private static void repeat(ByteSink out, char c, int n) {
        for (int i = 0; i < n; i++) {
            out.write(c);
        }
    }

    /**
     * ECMAScript {@code Number.prototype.toString} as RFC 8785 requires. The caller refuses
     * non-finite values before calling.
     *
     * @param value a finite double
     * @return its text in RFC 8785's (ECMAScript's) layout
     */
    public static String ecmascript(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not finite: " + value);
        }
        if (value == 0.0) {
            return "0";
        }
        ShortestDecimal sd = ShortestDecimal.of(value);
        String d = sd.digits;
        int k = d.length();
        int n = sd.exponent + 1;
        StringBuilder sb = new StringBuilder(k + 8);
        if (value < 0) {
            sb.append('-');
        }
        if (k <= n && n <= 21) {
            sb.append(d);
            zeros(sb, n - k);
        } else if (0 < n && n <= 21) {
            sb.append(d, 0, n).append('.').append(d, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            zeros(sb, -n);
            sb.append(d);
        } else {
            int e = n - 1;
            sb.append(d.charAt(0));
            if (k > 1) {
                sb.append('.').append(d, 1, k);
            }
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
