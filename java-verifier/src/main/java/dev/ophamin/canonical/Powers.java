package dev.ophamin.canonical;

import java.math.BigInteger;

/**
 * Integer logarithms and 126-bit powers of ten for {@link ShortestDecimal}.
 *
 * <p>Each power is computed exactly with BigInteger the first time a double needs it, rather
 * than committed as 1,234 literals or built whole at start-up (21 ms before the JIT warms).
 */
final class Powers {
    private Powers() {
    }

    // floor(log10(2) * 2^41), floor(log10(3/4) * 2^41), floor(log2(10) * 2^38); the floors
    // below are exact over the ranges used here, which PowersTest checks one by one.
    private static final long LOG10_2 = 661_971_961_083L;
    private static final long LOG10_THREE_QUARTERS = -274_743_187_321L;
    private static final long LOG2_10 = 913_124_641_741L;

    /** Powers 10^e held: e = -k for every k a double's interval scales by. */
    static final int E_MIN = -292;
    static final int E_MAX = 324;

    /** floor(log10(2^q)), for |q| at most 1,500. */
    static int floorLog10Pow2(int q) {
        return (int) (q * LOG10_2 >> 41);
    }

    /** floor(log10(3/4 * 2^q)), for |q| at most 1,500. */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * LOG10_2 + LOG10_THREE_QUARTERS >> 41);
    }

    /** floor(log2(10^e)), for |e| at most 1,500. */
    static int floorLog2Pow10(int e) {
        return (int) (e * LOG2_10 >> 38);
    }

    /** Bits 63..125 of g(e) = floor(10^e * 2^(125 - floorLog2Pow10(e))) + 1. */
    static long high(int e) {
        return entry(e).high;
    }

    /** Bits 0..62 of g(e). */
    static long low(int e) {
        return entry(e).low;
    }

    /** g(e) in full, as the table's two halves were cut from. */
    static BigInteger exact(int e) {
        int shift = 125 - floorLog2Pow10(e);
        BigInteger g;
        if (e >= 0) {
            BigInteger p = BigInteger.TEN.pow(e);
            g = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
        } else {
            g = BigInteger.ONE.shiftLeft(shift).divide(BigInteger.TEN.pow(-e));
        }
        return g.add(BigInteger.ONE);
    }

    /** One entry of the table, computed on first use: a document uses a handful of the 617. */
    private static final class Pow {
        final long high;
        final long low;

        Pow(BigInteger g) {
            this.high = g.shiftRight(63).longValueExact();
            this.low = g.and(LOW_MASK).longValueExact();
        }
    }

    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
    // Racy but safe: a Pow's fields are final, and two threads computing one entry agree.
    private static final Pow[] TABLE = new Pow[E_MAX - E_MIN + 1];

    private static Pow entry(int e) {
        Pow p = TABLE[e - E_MIN];
        if (p == null) {
            p = new Pow(exact(e));
            TABLE[e - E_MIN] = p;
        }
        return p;
    }
}
