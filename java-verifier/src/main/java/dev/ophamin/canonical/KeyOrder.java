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
                // compare whole code points from the one holding unit i; a high surrogate just
                // before i (equal in both) starts it. Equal lone surrogates there move us on.
                int j = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
                while (j < n) {
                    int p = Character.codePointAt(a, j);
                    int q = Character.codePointAt(b, j);
                    if (p != q) {
                        return Integer.compare(p, q);
                    }
                    j += Character.charCount(p);
                }
                break;
            }
        }
        return a.length() - b.length();
    };

    /** UTF-16 code unit order, as RFC 8785 sorts keys. */
    static final Comparator<String> UTF16 = String::compareTo;
}
