package dev.ophamin.render;

import dev.ophamin.Internal;

/** HTML escaping for text and attribute values. */
@Internal
public final class Html {
    private Html() {
    }

    /**
     * {@return {@code s} with &amp;, &lt;, &gt;, quotes escaped for text and attributes}
     *
     * @param s the text
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default:
                    // lone surrogates and other controls cannot appear in valid HTML text
                    if ((c < 0x20 && c != '\n' && c != '\t') || Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }
}
