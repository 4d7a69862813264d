package dev.ophamin.canonical;

import dev.ophamin.Stable;
import java.math.BigInteger;
import java.util.Objects;

/** An exact integer of any size (the profiles cap it at 4300 digits). */
@Stable
public final class JsonInt implements JsonValue {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final long small;
    private final BigInteger big; // null when the value fits a long

    private JsonInt(long small, BigInteger big) {
        this.small = small;
        this.big = big;
    }

    /**
     * {@return the integer {@code value}}
     *
     * @param value the integer
     */
    public static JsonInt of(long value) {
        return new JsonInt(value, null);
    }

    /** Largest number of decimal digits an integer may have (CPython's default limit). */
    public static final int MAX_DIGITS = 4300;

    /**
     * An integer of any size up to {@link #MAX_DIGITS} digits.
     *
     * @param value the integer
     * @return the JSON integer
     * @throws IllegalArgumentException if the value has more than {@link #MAX_DIGITS} digits
     */
    public static JsonInt of(BigInteger value) {
        Objects.requireNonNull(value, "value");
        if (value.bitLength() > 14_000 && value.abs().toString().length() > MAX_DIGITS) {
            throw new IllegalArgumentException("integer has more than " + MAX_DIGITS + " digits");
        }
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return new JsonInt(value.longValue(), null);
        }
        return new JsonInt(0, value);
    }

    /** {@return true when the value fits a Java {@code long}} */
    public boolean fitsLong() {
        return big == null;
    }

    /** {@return the value; only meaningful when {@link #fitsLong()}} */
    public long longValue() {
        if (big != null) {
            throw new ArithmeticException("integer does not fit a long: " + big);
        }
        return small;
    }

    /** {@return the exact value} */
    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    /** Exact decimal text, as Python's {@code int.__repr__}. */
    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(small);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonInt)) {
            return false;
        }
        JsonInt other = (JsonInt) o;
        return small == other.small && Objects.equals(big, other.big);
    }

    @Override
    public int hashCode() {
        return big != null ? big.hashCode() : Long.hashCode(small);
    }
}
