package dev.ophamin.canonical;

import java.util.Comparator;

/** Key orders of the two profiles. */
final class KeyOrder {
    private KeyOrder() {
    }

    /**
     * Unicode code point order, as Python sorts str. Java strings are UTF-16, whose unit order
     * puts U+E000..U+FFFF after the astral planes, so the first difference is compared as whole
     * code points. A lone surrogate is its own code point (U+D800..U+DFFF), below U+E000, as in
     * Python.
     */
    static final Comparator<String> CODE_POINT = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x < 0xD800 && y < 0xD800) {
                    return x - y;
                }
                // a high surrogate just before i (equal in both) starts the code point there
                int start = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
                return Integer.compare(Character.codePointAt(a, start), Character.codePointAt(b, start));
            }
        }
        return a.length() - b.length();
    };

    /** UTF-16 code unit order, as RFC 8785 sorts keys. */
    static final Comparator<String> UTF16 = String::compareTo;
}
