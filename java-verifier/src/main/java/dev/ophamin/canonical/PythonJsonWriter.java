package dev.ophamin.canonical;

import dev.ophamin.Internal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes values the way CPython's {@code json.dumps} does with {@code ensure_ascii=True} and
 * {@code allow_nan=True}, in one of three layouts. Output is pure ASCII.
 */
@Internal
public final class PythonJsonWriter {

    /** The three layouts the reference uses. */
    public enum Layout {
        /** {@code sort_keys=True, separators=(",", ":")}: the python-json/1 canonical form. */
        CANONICAL(true, ",", ":", false),
        /** {@code sort_keys=True} with default separators {@code ", "} and {@code ": "}: audit bodies. */
        CANONICAL_SPACED(true, ", ", ": ", false),
        /** {@code indent=2}, insertion order: how the reference writes record files. */
        INDENT2(false, ",", ": ", true);

        final boolean sorted;
        final String itemSep;
        final String keySep;
        final boolean indent;

        Layout(boolean sorted, String itemSep, String keySep, boolean indent) {
            this.sorted = sorted;
            this.itemSep = itemSep;
            this.keySep = keySep;
            this.indent = indent;
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // 0: copy as is; 1: named escape; 2: \\u00XX
    private static final byte[] ASCII_CLASS = new byte[128];
    private static final byte[] NAMED = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII_CLASS[c] = 2;
        }
        ASCII_CLASS[0x7f] = 2;
        named('"', '"');
        named('\\', '\\');
        named('\b', 'b');
        named('\f', 'f');
        named('\n', 'n');
        named('\r', 'r');
        named('\t', 't');
    }

    private static void named(char c, char e) {
        ASCII_CLASS[c] = 1;
        NAMED[c] = (byte) e;
    }

    private PythonJsonWriter() {
    }

    /**
     * Appends the text of {@code value} in {@code layout} to {@code out}.
     *
     * @param value the value tree
     * @param layout compact or spaced separators
     * @param out where the bytes are appended
     */
    public static void write(JsonValue value, Layout layout, ByteSink out) {
        writeValue(value, layout, out, 0);
    }

    /**
     * {@return the text of {@code value} in {@code layout}, as bytes}
     *
     * @param value the value tree
     * @param layout compact or spaced separators
     */
    public static byte[] toBytes(JsonValue value, Layout layout) {
        ByteSink sink = new ByteSink();
        write(value, layout, sink);
        return sink.toByteArray();
    }

    private static void writeValue(JsonValue v, Layout layout, ByteSink out, int depth) {
        if (v instanceof JsonString) {
            writeString(((JsonString) v).value(), out);
        } else if (v instanceof JsonObject) {
            writeObject((JsonObject) v, layout, out, depth);
        } else if (v instanceof JsonArray) {
            writeArray(((JsonArray) v).items(), layout, out, depth);
        } else if (v instanceof JsonInt) {
            out.writeAscii(v.toString());
        } else if (v instanceof JsonFloat) {
            FloatFormat.writePython(((JsonFloat) v).value(), out);
        } else if (v instanceof JsonBool) {
            out.writeAscii(((JsonBool) v).value() ? "true" : "false");
        } else {
            out.writeAscii("null");
        }
    }

    private static void writeObject(JsonObject o, Layout layout, ByteSink out, int depth) {
        Map<String, JsonValue> m = o.members();
        if (m.isEmpty()) {
            out.writeAscii("{}");
            return;
        }
        out.write('{');
        boolean first = true;
        if (layout.sorted) {
            // sort the entries, not the keys: no map lookup per member on this hot path
            @SuppressWarnings("unchecked")
            Map.Entry<String, JsonValue>[] es = m.entrySet().toArray(new Map.Entry[0]);
            if (!ascending(es)) {
                Arrays.sort(es, (x, y) -> KeyOrder.CODE_POINT.compare(x.getKey(), y.getKey()));
            }
            for (Map.Entry<String, JsonValue> e : es) {
                first = member(e.getKey(), e.getValue(), first, layout, out, depth);
            }
        } else {
            for (Map.Entry<String, JsonValue> e : m.entrySet()) {
                first = member(e.getKey(), e.getValue(), first, layout, out, depth);
            }
        }
        close(layout, out, depth);
        out.write('}');
    }

    private static boolean ascending(Map.Entry<String, JsonValue>[] es) {
        for (int i = 1; i < es.length; i++) {
            if (KeyOrder.CODE_POINT.compare(es[i - 1].getKey(), es[i].getKey()) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean member(String k, JsonValue v, boolean first, Layout layout, ByteSink out, int depth) {
        separator(first, layout, out, depth + 1);
        writeString(k, out);
        out.writeAscii(layout.keySep);
        writeValue(v, layout, out, depth + 1);
        return false;
    }

    private static void writeArray(List<JsonValue> items, Layout layout, ByteSink out, int depth) {
        if (items.isEmpty()) {
            out.writeAscii("[]");
            return;
        }
        out.write('[');
        boolean first = true;
        for (JsonValue item : items) {
            separator(first, layout, out, depth + 1);
            first = false;
            writeValue(item, layout, out, depth + 1);
        }
        close(layout, out, depth);
        out.write(']');
    }

    private static void separator(boolean first, Layout layout, ByteSink out, int depth) {
        if (!first) {
            out.writeAscii(layout.itemSep);
        }
        if (layout.indent) {
            out.write('\n');
            out.writeAsciiRepeated("  ", depth);
        }
    }

    private static void close(Layout layout, ByteSink out, int depth) {
        if (layout.indent) {
            out.write('\n');
            out.writeAsciiRepeated("  ", depth);
        }
    }

    /**
     * The first index from {@code from} (below {@code end}) whose byte this form does not write as
     * it stands inside a string: a quote, a backslash, a control character, DEL or a byte of a
     * non-ASCII character; {@code end} when there is none. A run of input bytes up to there is its
     * own canonical text.
     */
    static int plainRunEnd(byte[] b, int from, int end) {
        int i = from;
        while (i < end) {
            byte c = b[i];
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {     // bytes over 0x7f are negative
                break;
            }
            i++;
        }
        return i;
    }

    /** {@code "..."} with ensure_ascii escaping: one {@code \\uxxxx} per UTF-16 unit. */
    static void writeString(String s, ByteSink out) {
        int n = s.length();
        char[] cs = out.chars(n);
        s.getChars(0, n, cs, 0);
        writeString(cs, 0, n, out);
    }

    /** As {@link #writeString(String, ByteSink)} for {@code cs[off, off+n)}. */
    static void writeString(char[] cs, int off, int n, ByteSink out) {
        // room for every char copied as is, plus the quotes; an escape makes room for itself
        out.ensure(n + 2);
        byte[] b = out.buf;
        int p = out.len;
        b[p++] = '"';
        int end = off + n;
        int i = off;
        while (i < end) {
            // the common case, printable ASCII other than quote and backslash, in a tight loop
            int run = i;
            while (run < end && cs[run] < 128 && ASCII_CLASS[cs[run]] == 0) {
                run++;
            }
            for (int k = i; k < run; k++) {
                b[p + k - i] = (byte) cs[k];
            }
            p += run - i;
            i = run;
            if (i == end) {
                break;
            }
            char c = cs[i++];
            out.len = p;
            out.ensure(7 + (end - i));      // the escape, the rest as is, the closing quote
            b = out.buf;
            if (c < 128 && ASCII_CLASS[c] == 1) {
                b[p++] = '\\';
                b[p++] = NAMED[c];
            } else {
                b[p++] = '\\';
                b[p++] = 'u';
                b[p++] = HEX[(c >> 12) & 0xF];
                b[p++] = HEX[(c >> 8) & 0xF];
                b[p++] = HEX[(c >> 4) & 0xF];
                b[p++] = HEX[c & 0xF];
            }
        }
        b[p++] = '"';
        out.len = p;
    }
}
