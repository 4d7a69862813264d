package dev.ophamin.model;

import dev.ophamin.Internal;
import dev.ophamin.canonical.FloatFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The few Python number formats the reference puts into text: {@code str(float)},
 * {@code format(x, ".Ng")} and {@code format(n, ",")}. Verdict reasoning and renders use them, so
 * they must match CPython digit for digit.
 */
@Internal
public final class PythonFormat {
    private PythonFormat() {
    }

    /**
     * {@return python {@code str(x)} of a float: {@code 0.5}, {@code 10.0}, {@code 1e-05}, {@code nan}, {@code inf}}
     *
     * @param x the float
     */
    public static String str(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return FloatFormat.python(x);
    }

    /**
     * Python {@code format(x, "." + precision + "g")}: {@code precision} significant digits, rounded
     * half-even on the exact binary value, trailing zeros removed, scientific notation when the
     * exponent is below -4 or at least {@code precision}.
     *
     * @param x the float
     * @param precision significant digits, at least 1
     * @return the text
     */
    public static String g(double x, int precision) {
        int p = Math.max(precision, 1);
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + "0";
        }
        BigDecimal r = new BigDecimal(Math.abs(x)).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        if (exp >= -4 && exp < p) {
            String fixed = r.setScale(Math.max(p - 1 - exp, 0), RoundingMode.UNNECESSARY).toPlainString();
            return sign + stripZeros(fixed);
        }
        String digits = r.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.format("%02d", Math.abs(exp));
        return sign + stripZeros(mantissa) + "e" + (exp < 0 ? "-" : "+") + e;
    }

    /**
     * {@return python {@code format(n, ",")}: thousands separated by commas}
     *
     * @param n the integer
     */
    public static String grouped(long n) {
        String s = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        int lead = s.length() % 3;
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                b.append(',');
            }
            b.append(s.charAt(i));
        }
        return (n < 0 ? "-" : "") + b;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
