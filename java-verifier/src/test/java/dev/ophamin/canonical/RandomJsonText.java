package dev.ophamin.canonical;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Random JSON documents as text, in the many spellings the input rules allow: optional
 * whitespace, escaped or raw characters, upper- or lower-case hex, lone surrogates, integers of
 * any size, floats written by Java (non-shortest on JDK 17), exactly, or with exponents.
 */
final class RandomJsonText {
    private static final String[] SPECIAL_CHARS = {
        "\"", "\\", "/", "\u007f", "\u0000", "\u001f", "\b", "\f", "\n", "\r", "\t", "\u00e9", "\u0800",
        "\u2028", "\ud7ff", "\ue000", "\uffff", "\ufeff", "\ud83d\ude80", "\udbff\udfff", "\ud800\udc00",
    };
    private final Random rng;

    RandomJsonText(long seed) {
        this.rng = new Random(seed);
    }

    String document() {
        StringBuilder sb = new StringBuilder();
        ws(sb);
        value(sb, 0);
        ws(sb);
        return sb.toString();
    }

    private void ws(StringBuilder sb) {
        if (rng.nextInt(5) == 0) {
            for (int i = rng.nextInt(3); i >= 0; i--) {
                sb.append(" \t\n\r".charAt(rng.nextInt(4)));
            }
        }
    }

    private void value(StringBuilder sb, int depth) {
        int r = rng.nextInt(100);
        if (depth < 4 && r < 15) {
            sb.append('[');
            int n = rng.nextInt(5);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                ws(sb);
                value(sb, depth + 1);
                ws(sb);
            }
            sb.append(']');
        } else if (depth < 4 && r < 35) {
            sb.append('{');
            Set<String> keys = new HashSet<>();
            int n = rng.nextInt(6);
            for (int i = 0; i < n; i++) {
                String k = randomString();
                if (!keys.add(k)) {
                    continue;
                }
                if (keys.size() > 1) {
                    sb.append(',');
                }
                ws(sb);
                string(sb, k);
                ws(sb);
                sb.append(':');
                ws(sb);
                value(sb, depth + 1);
                ws(sb);
            }
            sb.append('}');
        } else if (r < 50) {
            string(sb, randomString());
        } else if (r < 65) {
            sb.append(integer());
        } else if (r < 88) {
            sb.append(floating());
        } else if (r < 90) {
            sb.append(new String[] {"NaN", "Infinity", "-Infinity"}[rng.nextInt(3)]);
        } else {
            sb.append(new String[] {"true", "false", "null"}[rng.nextInt(3)]);
        }
    }

    String randomString() {
        StringBuilder s = new StringBuilder();
        int n = rng.nextInt(8);
        for (int i = 0; i < n; i++) {
            int r = rng.nextInt(10);
            if (r < 4) {
                s.append((char) (0x20 + rng.nextInt(0x5f)));
            } else if (r < 7) {
                s.append(SPECIAL_CHARS[rng.nextInt(SPECIAL_CHARS.length)]);
            } else if (r < 9) {
                s.appendCodePoint(rng.nextInt(0x110000));   // lone surrogates included
            } else {
                s.append((char) (0xD800 + rng.nextInt(0x800)));
            }
        }
        return s.toString();
    }

    private void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mustEscape = c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) && !pairAt(s, i);
            if (mustEscape || rng.nextInt(5) == 0) {
                String named = named(c);
                if (named != null && rng.nextBoolean()) {
                    sb.append(named);
                } else {
                    sb.append(String.format(rng.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
                }
            } else if (c == '/' && rng.nextBoolean()) {
                sb.append("\\/");
            } else if (Character.isHighSurrogate(c)) {
                sb.append(c).append(s.charAt(++i));     // a valid pair, written raw
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private static boolean pairAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static String named(char c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: return null;
        }
    }

    private String integer() {
        int r = rng.nextInt(10);
        if (r < 5) {
            return Integer.toString(rng.nextInt(2001) - 1000);
        }
        if (r < 8) {
            return Long.toString(rng.nextLong());
        }
        return new BigInteger(1 + rng.nextInt(300), rng).multiply(BigInteger.valueOf(rng.nextBoolean() ? 1 : -1)).toString();
    }

    private String floating() {
        double d;
        int kind = rng.nextInt(10);
        if (kind < 5) {
            d = Double.longBitsToDouble(rng.nextLong());
            if (!Double.isFinite(d)) {
                d = 0.5;
            }
        } else if (kind < 8) {
            d = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(40) - 20);
        } else {
            double[] edges = {0.1, 1e-4, 1e16, 1e-5, 4.9e-324, 1e23, -0.0, 0.0, 1e21, 1e-7, 9999999999999998.0};
            d = edges[rng.nextInt(edges.length)];
        }
        switch (rng.nextInt(5)) {
            case 0:
                return Double.toString(d);                       // e.g. 1.0E-5, not always shortest
            case 1:
                return new BigDecimal(d).toString().contains(".") || new BigDecimal(d).toString().contains("E")
                        ? new BigDecimal(d).toString() : new BigDecimal(d) + ".0";  // the exact value
            case 2:
                return String.format(Locale.ROOT, "%.20e", d);
            case 3:
                return String.format(Locale.ROOT, "%.3E", d);
            default:
                return FloatFormat.python(d);
        }
    }
}
