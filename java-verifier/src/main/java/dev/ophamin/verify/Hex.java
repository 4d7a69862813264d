package dev.ophamin.verify;

import dev.ophamin.Internal;

/** Lower-case hex, as every digest and MAC in the records is written. */
@Internal
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /**
     * {@return lower-case hex of {@code b}}
     *
     * @param b the bytes
     */
    public static String encode(byte[] b) {
        char[] out = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = DIGITS[(b[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[b[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * Decodes hex of either case.
     *
     * @param hex the digits, an even number of them
     * @return the bytes
     * @throws IllegalArgumentException on odd length or a non-hex digit
     */
    public static byte[] decode(String hex) {
        byte[] b = decodeOrNull(hex);
        if (b == null) {
            throw new IllegalArgumentException("not an even-length hex string");
        }
        return b;
    }

    /**
     * Decodes hex of either case.
     *
     * @param hex the digits
     * @return the bytes, or null when the text is not hex
     */
    public static byte[] decodeOrNull(String hex) {
        if (hex == null || (hex.length() & 1) != 0) {
            return null;
        }
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            int hi = nibble(hex.charAt(2 * i));
            int lo = nibble(hex.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                return null;
            }
            b[i] = (byte) ((hi << 4) | lo);
        }
        return b;
    }

    private static int nibble(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
