package dev.ophamin.canonical;

import com.fasterxml.jackson.core.io.NumberInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reader's quick path: one walk over a document's bytes, without a tokenizer, that writes the
 * python-json/1 canonical bytes and the top of the tree exactly as {@link DocumentPass} would.
 * It reads only the subset of JSON that record files use: keys of printable ASCII without escapes,
 * integers of at most 18 digits, no {@code NaN} or {@code Infinity}, UTF-8 only inside string values. On anything else, valid
 * or not, it gives up and the reader takes jackson's path, which owns every refusal and its
 * message; so this class never has to say why. Single use.
 */
final class DirectPass {
    /** Thrown without a stack when the input leaves the subset; caught in {@link #run}. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private final byte[] in;
    private int pos;
    private final int end;
    private final int maxDepth;
    private final int treeDepth;          // as DocumentPass: containers at depth <= treeDepth are built (root = 1)
    private final ByteSink out;
    private final boolean recordRootSpans;

    private final Members members;
    // the containers currently open, innermost last: object or array, the member stack's height
    // at its start, whether its keys came in order so far, its tree builder (null: not built)
    private boolean[] openIsObject = new boolean[16];
    private int[] openBase = new int[16];
    private boolean[] openOrdered = new boolean[16];
    private Object[] openTree = new Object[16];
    private int open;
    private char[] chars = new char[64];
    private int utf8End;                  // set by codePoint

    /** After a walk that builds the tree: the root value. */
    JsonValue root;
    /** After a walk with recordRootSpans over an object root: its members in canonical order. */
    OpenMembers.RootSpans rootSpans;

    /** Open members keyed by spans of the input: printable ASCII, so byte order is code point order. */
    private static final class Members extends OpenMembers {
        private final byte[] in;
        int[] keyAt = new int[64];
        int[] keyLen = new int[64];

        Members(byte[] in) {
            this.in = in;
        }

        @Override
        void growKeys(int n) {
            keyAt = Arrays.copyOf(keyAt, n);
            keyLen = Arrays.copyOf(keyLen, n);
        }

        void push(int start, int ks, int kl) {
            int i = open(start);
            keyAt[i] = ks;
            keyLen[i] = kl;
        }

        // keys are short and mostly differ early, where a plain loop beats Arrays.compare's set-up
        int compare(int i, int ks, int kl) {
            byte[] b = in;
            int a = keyAt[i];
            int la = keyLen[i];
            int n = Math.min(la, kl);
            for (int k = 0; k < n; k++) {
                int d = b[a + k] - b[ks + k];
                if (d != 0) {
                    return d;
                }
            }
            return la - kl;
        }

        @Override
        int compare(int i, int j) {
            return compare(i, keyAt[j], keyLen[j]);
        }

        @Override
        String key(int i) {
            return new String(in, keyAt[i], keyLen[i], StandardCharsets.ISO_8859_1);
        }
    }

    private DirectPass(byte[] in, int off, int len, int maxDepth, int treeDepth, ByteSink out, boolean recordRootSpans) {
        this.in = in;
        this.pos = off;
        this.end = off + len;
        this.maxDepth = maxDepth;
        this.treeDepth = treeDepth;
        this.out = out;
        this.recordRootSpans = recordRootSpans;
        this.members = new Members(in);
    }

    /**
     * Walks {@code in[off, off+len)}, appending its canonical bytes to {@code out}; returns the
     * finished pass, or null (with {@code out} as it was) when the document is not in the subset.
     */
    static DirectPass run(byte[] in, int off, int len, int maxDepth, int treeDepth, ByteSink out,
                          boolean recordRootSpans) {
        DirectPass d = new DirectPass(in, off, len, maxDepth, treeDepth, out, recordRootSpans);
        int mark = out.len;
        try {
            d.skipWhitespace();
            d.root = d.walk();
            d.skipWhitespace();
            if (d.pos != d.end) {
                throw GIVE_UP;
            }
            return d;
        } catch (GiveUp g) {
            out.truncate(mark);
            return null;
        }
    }

    private byte at(int i) throws GiveUp {
        if (i >= end) {
            throw GIVE_UP;
        }
        return in[i];
    }

    private void skipWhitespace() {
        int i = pos;
        byte[] b = in;
        while (i < end) {
            byte c = b[i];
            // every token starts above the space; one test lets them through
            if (c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t')) {
                break;
            }
            i++;
        }
        pos = i;
    }

    /**
     * The document's value, walked in one loop with the open containers on a stack of their own:
     * no recursion, so the JIT compiles one loop and the small readers it calls, rather than
     * inlining a recursive descent into itself (which took C2 seconds on record files).
     */
    private JsonValue walk() throws GiveUp {
        JsonValue v;
        nextValue:
        while (true) {
            boolean build = open <= treeDepth;      // a scalar is built when its container is
            byte c = at(pos);
            // most values are strings, then numbers: tests in that order predict well
            if (c == '"') {
                v = string(build);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                v = number(build);
            } else if (c == '{' || c == '[') {
                boolean isObject = c == '{';
                if (open + 1 > maxDepth) {
                    throw GIVE_UP;
                }
                out.write(c);
                pos++;
                skipWhitespace();
                openContainer(isObject);
                if (at(pos) != (isObject ? '}' : ']')) {
                    if (isObject) {
                        key();
                    }
                    continue;
                }
                pos++;
                v = close();
            } else if (c == 't') {
                literal("true");
                v = JsonBool.TRUE;
            } else if (c == 'f') {
                literal("false");
                v = JsonBool.FALSE;
            } else if (c == 'n') {
                literal("null");
                v = JsonNull.NULL;
            } else {
                throw GIVE_UP;
            }
            // v is whole: hand it to its container, closing every container it completes
            while (open > 0) {
                int o = open - 1;
                add(o, v);
                skipWhitespace();
                byte d = at(pos++);
                if (d == ',') {
                    skipWhitespace();
                    if (openIsObject[o]) {
                        key();      // writes the comma itself
                    } else {
                        out.write(',');
                    }
                    continue nextValue;
                }
                if (d != (openIsObject[o] ? '}' : ']')) {
                    throw GIVE_UP;
                }
                v = close();
            }
            return v;
        }
    }

    private void openContainer(boolean isObject) {
        if (open == openIsObject.length) {
            int n = open * 2;
            openIsObject = Arrays.copyOf(openIsObject, n);
            openBase = Arrays.copyOf(openBase, n);
            openOrdered = Arrays.copyOf(openOrdered, n);
            openTree = Arrays.copyOf(openTree, n);
        }
        boolean build = open + 1 <= treeDepth;
        openIsObject[open] = isObject;
        openBase[open] = members.top;
        openOrdered[open] = true;
        openTree[open] = !build ? null : isObject ? JsonObject.builder() : new ArrayList<JsonValue>();
        open++;
    }

    @SuppressWarnings("unchecked")
    private void add(int o, JsonValue v) throws GiveUp {
        Object tree = openTree[o];
        if (tree == null) {
            return;
        }
        if (openIsObject[o]) {
            String key = members.key(members.top - 1);
            if (!((JsonObject.Builder) tree).tryPut(key, v)) {
                throw GIVE_UP;
            }
        } else {
            ((List<JsonValue>) tree).add(v);
        }
    }

    /**
     * Reads a member's key, its colon and the whitespace after it, and writes {@code "key":},
     * after a comma when the object has members already; a repeated key gives up.
     */
    private void key() throws GiveUp {
        if (at(pos) != '"') {
            throw GIVE_UP;
        }
        int ks = pos + 1;
        int i = PythonJsonWriter.plainRunEnd(in, ks, end);
        if (at(i) != '"') {
            throw GIVE_UP;      // keys the subset reads are their own canonical text
        }
        int kl = i - ks;
        pos = i + 1;
        skipWhitespace();
        if (at(pos) != ':') {
            throw GIVE_UP;
        }
        pos++;
        skipWhitespace();
        int o = open - 1;
        Members m = members;
        if (m.top > openBase[o]) {
            if (openOrdered[o]) {
                int cmp = m.compare(m.top - 1, ks, kl);
                if (cmp == 0) {
                    throw GIVE_UP;  // a repeated key: the tokenizer's path refuses it
                }
                openOrdered[o] = cmp < 0;
            }
            out.write(',');
        }
        m.push(out.len, ks, kl);
        out.write(in, ks - 1, kl + 2);
        out.write(':');
    }

    /** Closes the innermost container (its closing bracket already read) and returns its value. */
    @SuppressWarnings("unchecked")
    private JsonValue close() throws GiveUp {
        int o = --open;
        int depth = o + 1;
        Object tree = openTree[o];
        openTree[o] = null;
        if (!openIsObject[o]) {
            out.write(']');
            List<JsonValue> items = (List<JsonValue>) tree;
            return items == null ? placeholder(depth) : items.isEmpty() ? JsonArray.EMPTY : new JsonArray(items);
        }
        int base = openBase[o];
        Members m = members;
        int[] order = null;
        if (!openOrdered[o]) {
            order = RawOrderCache.get(in, m.keyAt, m.keyLen, base, m.top);
            if (order == null) {
                order = m.canonicalOrder(base);
                if (order == null) {
                    throw GIVE_UP;  // a repeated key: the tokenizer's path refuses it
                }
                RawOrderCache.put(in, m.keyAt, m.keyLen, base, m.top, order);
            }
        }
        if (recordRootSpans && depth == 1) {
            rootSpans = m.rootSpans(base, order, out.len);
        }
        if (order != null) {
            m.reorder(out, base, order);
        }
        out.write('}');
        m.top = base;
        return tree != null ? ((JsonObject.Builder) tree).build() : placeholder(depth);
    }

    private void literal(String word) throws GiveUp {
        int n = word.length();
        if (end - pos < n) {
            throw GIVE_UP;
        }
        for (int i = 0; i < n; i++) {
            if (in[pos + i] != word.charAt(i)) {
                throw GIVE_UP;
            }
        }
        out.write(in, pos, n);   // the canonical spelling is the only one the subset reads
        pos += n;
    }

    private JsonValue string(boolean build) throws GiveUp {
        int quote = pos;
        int close = PythonJsonWriter.plainRunEnd(in, quote + 1, end);
        if (at(close) != '"') {
            return escapedString(quote, close, build);
        }
        // printable ASCII without escapes: the canonical form is the input
        out.write(in, quote, close - quote + 1);
        pos = close + 1;
        return build ? new JsonString(new String(in, quote + 1, close - quote - 1, StandardCharsets.ISO_8859_1)) : null;
    }

    /**
     * Decodes the string at {@code quote}, plain up to {@code from}, to chars and writes them with
     * the canonical escapes.
     */
    private JsonValue escapedString(int quote, int from, boolean build) throws GiveUp {
        int n = from - quote - 1;
        if (chars.length < n + 2) {
            chars = new char[Math.max(n + 2, chars.length * 2)];
        }
        for (int k = 0; k < n; k++) {
            chars[k] = (char) in[quote + 1 + k];
        }
        int i = from;
        while (true) {
            byte c = at(i);
            if (n + 1 >= chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                byte e = at(i + 1);
                i += 2;
                char u;
                switch (e) {
                    case '"': u = '"'; break;
                    case '\\': u = '\\'; break;
                    case '/': u = '/'; break;
                    case 'b': u = '\b'; break;
                    case 'f': u = '\f'; break;
                    case 'n': u = '\n'; break;
                    case 'r': u = '\r'; break;
                    case 't': u = '\t'; break;
                    case 'u':
                        if (i + 4 > end) {
                            throw GIVE_UP;
                        }
                        u = (char) (hex(in[i]) << 12 | hex(in[i + 1]) << 8 | hex(in[i + 2]) << 4 | hex(in[i + 3]));
                        i += 4;
                        break;
                    default:
                        throw GIVE_UP;
                }
                chars[n++] = u;
            } else if (c >= 0x20) {       // printable ASCII or DEL
                chars[n++] = (char) c;
                i++;
            } else if (c < 0) {
                int cp = codePoint(i);
                i = utf8End;
                if (cp < 0x10000) {
                    chars[n++] = (char) cp;
                } else {                    // room for two: checked at the top of the loop
                    chars[n++] = Character.highSurrogate(cp);
                    chars[n++] = Character.lowSurrogate(cp);
                }
            } else {
                throw GIVE_UP;              // a raw control character
            }
        }
        pos = i + 1;
        PythonJsonWriter.writeString(chars, 0, n, out);
        return build ? new JsonString(new String(chars, 0, n)) : null;
    }

    /**
     * The code point of the well-formed UTF-8 sequence at {@code i} (RFC 3629: no overlong forms,
     * no surrogates, nothing past U+10FFFF), its end in {@link #utf8End}; gives up on anything else.
     */
    private int codePoint(int i) throws GiveUp {
        int b0 = in[i] & 0xFF;
        int len;
        int cp;
        int lo = 0x80;      // the bounds of the second byte
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            cp = b0 & 0x0F;
            lo = b0 == 0xE0 ? 0xA0 : lo;
            hi = b0 == 0xED ? 0x9F : hi;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            cp = b0 & 0x07;
            lo = b0 == 0xF0 ? 0x90 : lo;
            hi = b0 == 0xF4 ? 0x8F : hi;
        } else {
            throw GIVE_UP;
        }
        if (i + len > end) {
            throw GIVE_UP;
        }
        for (int k = 1; k < len; k++) {
            int b = in[i + k] & 0xFF;
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
                throw GIVE_UP;
            }
            cp = cp << 6 | (b & 0x3F);
        }
        utf8End = i + len;
        return cp;
    }

    private static int hex(byte c) throws GiveUp {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int l = c | 0x20;
        if (l >= 'a' && l <= 'f') {
            return l - 'a' + 10;
        }
        throw GIVE_UP;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    private JsonValue number(boolean build) throws GiveUp {
        byte[] b = in;
        int start = pos;
        int i = pos;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        byte first = at(i);
        if (first == '0') {
            i++;
        } else if (first >= '1' && first <= '9') {
            i++;
            while (i < end && digit(b[i])) {
                i++;
            }
        } else {
            throw GIVE_UP;
        }
        int intEnd = i;
        int fracEnd = i;
        boolean isFloat = false;
        if (i < end && b[i] == '.') {
            isFloat = true;
            i++;
            int from = i;
            while (i < end && digit(b[i])) {
                i++;
            }
            if (i == from) {
                throw GIVE_UP;
            }
            fracEnd = i;
        }
        int exponent = 0;
        if (i < end && (b[i] | 0x20) == 'e') {
            isFloat = true;
            i++;
            boolean minus = false;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                minus = b[i] == '-';
                i++;
            }
            int from = i;
            while (i < end && digit(b[i])) {
                exponent = Math.min(exponent * 10 + (b[i] - '0'), 100_000);
                i++;
            }
            if (i == from) {
                throw GIVE_UP;
            }
            exponent = minus ? -exponent : exponent;
        }
        pos = i;
        if (!isFloat) {
            return integer(start, intStart, intEnd, negative, build);
        }
        double d = floatValue(start, i, intStart, intEnd, fracEnd, exponent, negative);
        FloatFormat.writePython(d, out);
        return build ? new JsonFloat(d) : null;
    }

    private JsonValue integer(int start, int intStart, int intEnd, boolean negative, boolean build) throws GiveUp {
        int digits = intEnd - intStart;
        if (digits > 18) {
            throw GIVE_UP;      // longer integers (and the length limit) are the tokenizer's
        }
        if (negative && digits == 1 && in[intStart] == '0') {
            out.write('0');     // Python reads -0 as the int 0
            return build ? JsonInt.of(0) : null;
        }
        out.write(in, start, intEnd - start);
        if (!build) {
            return null;
        }
        long v = 0;
        for (int k = intStart; k < intEnd; k++) {
            v = v * 10 + (in[k] - '0');
        }
        return JsonInt.of(negative ? -v : v);
    }

    /**
     * The double nearest the number's text. Up to 15 significant digits and a power of ten up to
     * 22 are exact doubles, so one multiplication or division rounds correctly (Clinger's fast
     * path); any other text goes to jackson's correctly rounded parser.
     */
    private double floatValue(int start, int stop, int intStart, int intEnd, int fracEnd, int exponent,
                              boolean negative) {
        long m = 0;
        int significant = 0;
        int scale = exponent;
        for (int k = intStart; k < fracEnd && significant <= 15; k++) {
            if (k == intEnd) {
                continue;       // the decimal point
            }
            int dg = in[k] - '0';
            if (k > intEnd) {
                scale--;
            }
            if (m == 0 && dg == 0) {
                continue;       // a leading zero
            }
            m = m * 10 + dg;
            significant++;
        }
        if (significant <= 15 && scale >= -22 && scale <= 22) {
            double d = scale >= 0 ? (double) m * POW10[scale] : (double) m / POW10[-scale];
            return negative ? -d : d;
        }
        int n = stop - start;
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        for (int k = 0; k < n; k++) {
            chars[k] = (char) in[start + k];
        }
        return NumberInput.parseDouble(chars, 0, n, true);
    }

    private JsonValue placeholder(int depth) {
        return treeDepth > 0 && depth == treeDepth + 1 ? JsonNull.NULL : null;
    }
}
