package dev.ophamin.canonical;

/**
 * The shortest decimal that reads back as a given finite, non-zero double: {@code digits}
 * (no leading or trailing zeros) and {@code exponent} such that the value is
 * {@code d1.d2d3... x 10^exponent}. Among equally short candidates, the one closest to the
 * double (ties to an even last digit), as CPython's {@code repr} and ECMAScript pick it.
 *
 * <p>Digits by Giulietti's Schubfach method ("The Schubfach way to render doubles", 2020):
 * scale the double's rounding interval by a power of ten so that it is between 1 and 10 units
 * wide, then the shortest decimal is one of at most four integers near the scaled value. The
 * JDK's own port (Java 19+) adds a "at least two digits" rule for tiny subnormals that
 * Python does not have; this one keeps to the shortest.
 */
final class ShortestDecimal {
    final String digits;
    final int exponent;

    private ShortestDecimal(String digits, int exponent) {
        this.digits = digits;
        this.exponent = exponent;
    }

    private static final int SIGNIFICAND_BITS = 52;
    private static final long HIDDEN_BIT = 1L << SIGNIFICAND_BITS;
    private static final int EXPONENT_BIAS = 1075; // 1023 + 52: the double is c * 2^q
    private static final int Q_MIN = 1 - EXPONENT_BIAS;

    /** For a finite double other than zero; the sign is ignored. */
    static ShortestDecimal of(double value) {
        long bits = Double.doubleToRawLongBits(value) & Long.MAX_VALUE;
        int biased = (int) (bits >>> SIGNIFICAND_BITS);
        long fraction = bits & (HIDDEN_BIT - 1);
        long c = biased == 0 ? fraction : fraction | HIDDEN_BIT;
        int q = biased == 0 ? Q_MIN : biased - EXPONENT_BIAS;
        if (q <= 0 && q > -SIGNIFICAND_BITS - 1 && (c & ((1L << -q) - 1)) == 0) {
            // an integer below 2^53: neighbours are 1 apart, so its own digits are the shortest
            return integerTimesPow10(c >> -q, 0);
        }
        return fromScaled(c, q);
    }

    // The interval of reals that round to c * 2^q, times 4 so its ends are integers:
    // [4c - 2, 4c + 2], or [4c - 1, 4c + 2] at the bottom of a binade, where the gap below
    // is half the gap above. Ends belong to it when c is even (reading rounds half to even).
    private static ShortestDecimal fromScaled(long c, int q) {
        boolean lowerGapHalved = c == HIDDEN_BIT && q > Q_MIN;
        long cb = c << 2;
        long cbl = lowerGapHalved ? cb - 1 : cb - 2;
        long cbr = cb + 2;
        int k = lowerGapHalved ? Powers.floorLog10ThreeQuartersPow2(q) : Powers.floorLog10Pow2(q);
        // 4 * value * 10^-k, with h bits of headroom so the products below keep every bit needed
        int h = q + Powers.floorLog2Pow10(-k) + 2;
        long g1 = Powers.high(-k);
        long g0 = Powers.low(-k);
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long open = c & 1; // odd c: the ends are outside, so "<=" becomes "<"

        long s = vb >> 2;
        if (s >= 10) {
            // a multiple of ten in the interval is one digit shorter than s or s + 1
            long sp10 = s / 10 * 10;
            long tp10 = sp10 + 10;
            boolean lowIn = vbl + open <= sp10 << 2;
            boolean highIn = (tp10 << 2) + open <= vbr;
            if (lowIn != highIn) {
                return integerTimesPow10(lowIn ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean sIn = vbl + open <= s << 2;
        boolean tIn = (t << 2) + open <= vbr;
        if (sIn != tIn) {
            return integerTimesPow10(sIn ? s : t, k);
        }
        long fromMidpoint = vb - ((s + t) << 1);
        boolean pickS = fromMidpoint < 0 || fromMidpoint == 0 && (s & 1) == 0;
        return integerTimesPow10(pickS ? s : t, k);
    }

    /** floor(g * cp / 2^127), its last bit set when bits were dropped (round to odd). */
    private static long roundToOdd(long g1, long g0, long cp) {
        long hi1 = Math.multiplyHigh(g1, cp);
        long lo1 = g1 * cp;
        long hi0 = Math.multiplyHigh(g0, cp);
        long z = (lo1 >>> 1) + hi0;
        long floor = hi1 + (z >>> 63);
        return floor | ((z & Long.MAX_VALUE) != 0 ? 1 : 0);
    }

    /** The decimal n * 10^k, its trailing zeros dropped. */
    private static ShortestDecimal integerTimesPow10(long n, int k) {
        String all = Long.toString(n);
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new ShortestDecimal(end == all.length() ? all : all.substring(0, end), k + all.length() - 1);
    }
}
