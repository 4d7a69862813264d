package dev.ophamin.verify;

import dev.ophamin.Internal;
import java.util.Base64;

/**
 * The one base64 spelling a DSSE envelope may use here: RFC 4648 section 4 (the standard
 * alphabet), padded to a multiple of four, no whitespace or other characters, and the unused bits
 * of the last character zero (section 3.5's canonical encoding). Each byte string then has exactly
 * one text, so two verifiers cannot read different bytes from the same field. Public for the
 * emitter's artifact attestations, which use the same rule.
 */
@Internal
public final class Base64Text {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Base64Text() {
    }

    /**
     * The bytes of canonical padded standard base64.
     *
     * @param s the text
     * @return its bytes, or null when it is not canonical padded standard base64
     */
    public static byte[] decodeOrNull(String s) {
        int n = s.length();
        if (n % 4 != 0) {
            return null;
        }
        int pad = n > 0 && s.charAt(n - 1) == '=' ? (n > 1 && s.charAt(n - 2) == '=' ? 2 : 1) : 0;
        for (int i = 0; i < n - pad; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return null;
            }
        }
        if (pad > 0) {
            // the last data character carries 2 (one '=') or 4 (two) bits that encode nothing
            int last = ALPHABET.indexOf(s.charAt(n - pad - 1));
            if ((last & (pad == 1 ? 0x3 : 0xF)) != 0) {
                return null;
            }
        }
        return Base64.getDecoder().decode(s);
    }
}
