package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The shortcuts of {@link Powers} against exact integer arithmetic, over every argument used. */
class PowersTest {
    private static final BigInteger TWO = BigInteger.TWO;

    @Test
    void floorLog10OfPowersOfTwoIsExact() {
        for (int q = -1500; q <= 1500; q++) {
            assertEquals(floorLog10(pow2(q, 1), pow2(q, 0)), Powers.floorLog10Pow2(q), "q=" + q);
            // 3/4 * 2^q = 3 * 2^(q-2)
            BigInteger[] threeQuarters = {pow2(q - 2, 1).multiply(BigInteger.valueOf(3)), pow2(q - 2, 0)};
            assertEquals(floorLog10(threeQuarters[0], threeQuarters[1]), Powers.floorLog10ThreeQuartersPow2(q), "q=" + q);
        }
    }

    @Test
    void floorLog2OfPowersOfTenIsExact() {
        for (int e = -1500; e <= 1500; e++) {
            // floor(log2(10^e)): for e >= 0 bitLength - 1; for e < 0, -(bits of 10^-e) rounded down
            int want = e >= 0 ? BigInteger.TEN.pow(e).bitLength() - 1 : -ceilLog2(BigInteger.TEN.pow(-e));
            assertEquals(want, Powers.floorLog2Pow10(e), "e=" + e);
        }
    }

    @Test
    void tableHalvesAre126BitUpperApproximations() {
        for (int e = Powers.E_MIN; e <= Powers.E_MAX; e++) {
            long hi = Powers.high(e);
            long lo = Powers.low(e);
            assertTrue(hi >= 1L << 62 && lo >= 0, "e=" + e);
            BigInteger g = BigInteger.valueOf(hi).shiftLeft(63).add(BigInteger.valueOf(lo));
            assertEquals(Powers.exact(e), g);
            // g - 1 <= 10^e * 2^(125 - floorLog2(10^e)) < g
            int shift = 125 - Powers.floorLog2Pow10(e);
            BigInteger[] scaled = scaledPow10(e, shift);
            BigInteger gMinus1 = g.subtract(BigInteger.ONE);
            assertTrue(gMinus1.multiply(scaled[1]).compareTo(scaled[0]) <= 0, "e=" + e);
            assertTrue(g.multiply(scaled[1]).compareTo(scaled[0]) > 0, "e=" + e);
        }
    }

    @Test
    void everyBinadeScalesByAPowerInTheTableWithHeadroomOneToFive() {
        for (int biased = 0; biased <= 2046; biased++) {
            int q = biased == 0 ? -1074 : biased - 1075;
            for (boolean halved : new boolean[] {false, true}) {
                if (halved && biased <= 1) {
                    continue;
                }
                int k = halved ? Powers.floorLog10ThreeQuartersPow2(q) : Powers.floorLog10Pow2(q);
                assertTrue(-k >= Powers.E_MIN && -k <= Powers.E_MAX, "q=" + q);
                int h = q + Powers.floorLog2Pow10(-k) + 2;
                assertTrue(h >= 1 && h <= 5, "q=" + q + " h=" + h);
            }
        }
    }

    // 2^q as a fraction: index 1 numerator, index 0 denominator (so callers can pick)
    private static BigInteger pow2(int q, int part) {
        if (part == 1) {
            return q >= 0 ? TWO.pow(q) : BigInteger.ONE;
        }
        return q >= 0 ? BigInteger.ONE : TWO.pow(-q);
    }

    /** floor(log10(num / den)) for positive num, den. */
    private static int floorLog10(BigInteger num, BigInteger den) {
        int k = num.toString().length() - den.toString().length();
        // adjust k until 10^k <= num/den < 10^(k+1)
        while (compare(num, den, k) < 0) {
            k--;
        }
        while (compare(num, den, k + 1) >= 0) {
            k++;
        }
        return k;
    }

    // sign of num/den - 10^k
    private static int compare(BigInteger num, BigInteger den, int k) {
        return k >= 0
                ? num.compareTo(den.multiply(BigInteger.TEN.pow(k)))
                : num.multiply(BigInteger.TEN.pow(-k)).compareTo(den);
    }

    private static int ceilLog2(BigInteger n) {
        int b = n.bitLength() - 1;
        return n.equals(BigInteger.ONE.shiftLeft(b)) ? b : b + 1;
    }

    // 10^e * 2^shift as numerator [0] over denominator [1]
    private static BigInteger[] scaledPow10(int e, int shift) {
        BigInteger num = e >= 0 ? BigInteger.TEN.pow(e) : BigInteger.ONE;
        BigInteger den = e >= 0 ? BigInteger.ONE : BigInteger.TEN.pow(-e);
        if (shift >= 0) {
            num = num.shiftLeft(shift);
        } else {
            den = den.shiftLeft(-shift);
        }
        return new BigInteger[] {num, den};
    }
}
