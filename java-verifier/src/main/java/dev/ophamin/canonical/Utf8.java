package dev.ophamin.canonical;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Strict UTF-8 well-formedness (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF. */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** Offset of the first byte that starts an ill-formed sequence, or -1 if all is well-formed. */
    static int firstInvalid(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            // eight ASCII bytes at a time: most JSON is ASCII
            while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= end) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    min2 = 0xA0;      // overlong
                } else if (c == 0xED) {
                    max2 = 0x9F;      // UTF-16 surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    min2 = 0x90;      // overlong
                } else if (c == 0xF4) {
                    max2 = 0x8F;      // above U+10FFFF
                }
            } else {
                return i;
            }
            if (i + need >= end) {
                return i;
            }
            int c2 = b[i + 1] & 0xFF;
            if (c2 < min2 || c2 > max2) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                int ck = b[i + k] & 0xFF;
                if (ck < 0x80 || ck > 0xBF) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
