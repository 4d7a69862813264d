package dev.ophamin.canonical;

import java.util.Comparator;

/** Key orders of the two profiles. */
final class KeyOrder {
    private KeyOrder() {
    }

    /**
     * Unicode code point order, as Python sorts str. Java strings are UTF-16, whose unit order
     * puts U+E000..U+FFFF after the astral planes; shifting surrogates above that range fixes it.
     */
    static final Comparator<String> CODE_POINT = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fix(x) - fix(y);
            }
        }
        return a.length() - b.length();
    };

    /** UTF-16 code unit order, as RFC 8785 sorts keys. */
    static final Comparator<String> UTF16 = String::compareTo;

    private static int fix(char c) {
        if (c >= 0xD800) {
            return c >= 0xE000 ? c - 0x800 : c + 0x2000;
        }
        return c;
    }
}
