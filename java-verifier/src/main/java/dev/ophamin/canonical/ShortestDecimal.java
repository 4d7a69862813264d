package dev.ophamin.canonical;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;

/**
 * The shortest decimal that reads back as a given finite, non-zero double: {@code digits}
 * (no leading or trailing zeros) and {@code exponent} such that the value is
 * {@code d1.d2d3... x 10^exponent}.
 *
 * <p>Digits come from jackson-core's Schubfach. Schubfach follows the JDK rule "when one digit
 * suffices, pick the closer of the one- and two-digit candidates", which for a few tiny
 * subnormals (e.g. bits 0x1: {@code 4.9E-324}) yields two digits where Python and ECMAScript
 * pick the one-digit shortest ({@code 5e-324}). We restore the shortest here.
 */
final class ShortestDecimal {
    final String digits;
    final int exponent;

    private ShortestDecimal(String digits, int exponent) {
        this.digits = digits;
        this.exponent = exponent;
    }

    /** For a finite double other than zero; the sign is ignored. */
    static ShortestDecimal of(double value) {
        double abs = Math.abs(value);
        // Schubfach's text: "d.ddd" or "d.dddE[-]x"; read digits and exponent without copies
        String s = DoubleToDecimal.toString(abs);
        int n = s.length();
        int ePos = s.indexOf('E');
        int mantEnd = ePos >= 0 ? ePos : n;
        int exp10 = ePos >= 0 ? Integer.parseInt(s, ePos + 1, n, 10) : 0;
        char[] buf = new char[mantEnd];
        int len = 0;
        int pointPos = -1;
        for (int i = 0; i < mantEnd; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                pointPos = len;
            } else {
                buf[len++] = c;
            }
        }
        if (pointPos < 0) {
            pointPos = len;
        }
        int lead = 0;
        while (lead < len - 1 && buf[lead] == '0') {
            lead++;
        }
        int end = len;
        while (end > lead + 1 && buf[end - 1] == '0') {
            end--;
        }
        String d = new String(buf, lead, end - lead);
        int exponent = pointPos - lead + exp10 - 1;
        if (d.length() == 2 && abs < Double.MIN_NORMAL) {
            ShortestDecimal one = oneDigit(abs, d, exponent);
            if (one != null) {
                return one;
            }
        }
        return new ShortestDecimal(d, exponent);
    }

    // Both one-digit neighbours of a two-digit result; keep one that reads back as the value.
    private static ShortestDecimal oneDigit(double abs, String two, int exponent) {
        int first = two.charAt(0) - '0';
        ShortestDecimal down = new ShortestDecimal(String.valueOf((char) ('0' + first)), exponent);
        ShortestDecimal up = first == 9
                ? new ShortestDecimal("1", exponent + 1)
                : new ShortestDecimal(String.valueOf((char) ('0' + first + 1)), exponent);
        boolean downOk = down.doubleValue() == abs;
        boolean upOk = up.doubleValue() == abs;
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(abs);
            int cmp = exact.subtract(down.bigDecimal()).abs().compareTo(up.bigDecimal().subtract(exact).abs());
            return cmp <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private double doubleValue() {
        return Double.parseDouble(digits + "E" + exponent);
    }

    private BigDecimal bigDecimal() {
        return new BigDecimal(digits + "E" + exponent);
    }
}
