package dev.ophamin.canonical;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.ophamin.DecodeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One walk over a document's tokens that builds the value tree, writes the python-json/1
 * canonical bytes, or both at once. Writing from the tokens skips the tree entirely: members are
 * written as they arrive, and an object whose keys were out of code point order has its members
 * moved once when it closes. The tree may also stop at a depth (a record's top for the
 * verifier): containers below it are walked for their bytes only and stand in the tree as
 * {@link JsonNull#NULL}; scalars directly below it are kept. Single use.
 */
final class DocumentPass {
    private final JsonParser p;
    private final byte[] raw;             // the input, when p reads bytes: plain strings are copied from it
    private final int rawOff;
    private final int rawEnd;
    private final int maxDepth;
    private final int treeDepth;          // values at depth <= treeDepth are built (root = 1); 0: no tree
    private final ByteSink out;           // null: no canonical bytes wanted
    private final boolean recordRootSpans;

    // members of the objects currently open, innermost last: where each starts in out, its key
    private int[] starts = new int[64];
    private String[] keys = new String[64];
    private boolean[] plain = new boolean[64];    // the key holds no surrogate
    private int top;
    private byte[] scratch = new byte[0];   // reorder's copy of an object's members, reused

    /** After a walk that builds the tree: the root value (set by JsonReader). */
    JsonValue root;
    /** After a walk with recordRootSpans over an object root: its members in canonical order. */
    String[] rootKeys;
    int[] rootStarts;
    int[] rootEnds;

    DocumentPass(JsonParser p, byte[] raw, int rawOff, int rawLen, int maxDepth, int treeDepth, ByteSink out,
                 boolean recordRootSpans) {
        this.p = p;
        this.raw = raw;
        this.rawOff = rawOff;
        this.rawEnd = rawOff + rawLen;
        this.maxDepth = maxDepth;
        this.treeDepth = treeDepth;
        this.out = out;
        this.recordRootSpans = recordRootSpans;
    }

    /** Walks the value that starts with {@code t}; returns it when building the tree, else null. */
    JsonValue value(JsonToken t, int depth) throws IOException, DecodeException {
        // a scalar is built when its parent is: a stopped tree keeps its last level's leaves
        boolean buildTree = depth - 1 <= treeDepth;
        switch (t) {
            case START_OBJECT:
                return object(depth);
            case START_ARRAY:
                return array(depth);
            case VALUE_STRING:
                if (!buildTree) {
                    if (!copyPlainString()) {
                        PythonJsonWriter.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), out);
                    }
                    return null;
                }
                String s = p.getText();
                if (out != null && !copyPlainString()) {
                    PythonJsonWriter.writeString(s, out);
                }
                return new JsonString(s);
            case VALUE_NUMBER_INT:
                return integer(buildTree);
            case VALUE_NUMBER_FLOAT: {
                double d = JsonReader.floatValue(p);
                if (out != null) {
                    FloatFormat.writePython(d, out);
                }
                return buildTree ? new JsonFloat(d) : null;
            }
            case VALUE_TRUE:
                if (out != null) {
                    out.writeAscii("true");
                }
                return JsonBool.TRUE;
            case VALUE_FALSE:
                if (out != null) {
                    out.writeAscii("false");
                }
                return JsonBool.FALSE;
            case VALUE_NULL:
                if (out != null) {
                    out.writeAscii("null");
                }
                return JsonNull.NULL;
            default:
                throw JsonReader.located(Violation.SYNTAX, "unexpected token " + t, p.currentTokenLocation());
        }
    }

    /**
     * Copies the current string token from the input when it is printable ASCII without escapes,
     * which the canonical form writes unchanged; the parser then skips it unread (and still
     * refuses what it must). False when the string needs decoding and escaping.
     */
    private boolean copyPlainString() {
        if (raw == null) {
            return false;
        }
        // jackson counts token offsets from rawOff, plus one
        int quote = rawOff + (int) (((ParserBase) p).getTokenCharacterOffset() - 1);
        if (quote < rawOff || quote >= rawEnd || raw[quote] != '"') {
            return false;
        }
        for (int i = quote + 1; i < rawEnd; i++) {
            byte b = raw[i];
            if (b == '"') {
                out.write(raw, quote, i - quote + 1);
                return true;
            }
            if (b < 0x20 || b == '\\' || b == 0x7f) {   // control, escape, DEL, or a non-ASCII byte
                return false;
            }
        }
        return false;
    }

    private JsonValue integer(boolean buildTree) throws IOException, DecodeException {
        JsonReader.checkIntegerLength(p);
        if (out != null) {
            char[] cs = p.getTextCharacters();
            int off = p.getTextOffset();
            int n = p.getTextLength();
            if (n == 2 && cs[off] == '-' && cs[off + 1] == '0') {
                out.write('0');         // Python reads -0 as the int 0
            } else {
                out.ensure(n);
                for (int i = 0; i < n; i++) {
                    out.buf[out.len + i] = (byte) cs[off + i];
                }
                out.len += n;
            }
        }
        return buildTree ? JsonReader.intValue(p) : null;
    }

    private JsonValue array(int depth) throws IOException, DecodeException {
        JsonReader.checkDepth(p, depth, maxDepth);
        boolean buildTree = depth <= treeDepth;
        List<JsonValue> items = buildTree ? new ArrayList<>() : null;
        if (out != null) {
            out.write('[');
        }
        JsonToken t;
        boolean first = true;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (out != null && !first) {
                out.write(',');
            }
            first = false;
            JsonValue v = value(t, depth + 1);
            if (buildTree) {
                items.add(v);
            }
        }
        if (out != null) {
            out.write(']');
        }
        return !buildTree ? placeholder(depth) : items.isEmpty() ? JsonArray.EMPTY : new JsonArray(items);
    }

    private JsonValue object(int depth) throws IOException, DecodeException {
        JsonReader.checkDepth(p, depth, maxDepth);
        boolean buildTree = depth <= treeDepth;
        JsonObject.Builder b = buildTree ? JsonObject.builder() : null;
        if (out != null) {
            out.write('{');
        }
        int base = top;
        boolean ordered = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (buildTree && out == null && b.has(key)) {
                throw duplicate(key);   // a tree alone: reported at the repeated key
            }
            if (out != null) {
                // the bytes need the key order; without a tree, sorting finds repeats
                KeyCache.Entry cached = KeyCache.of(key);
                if (top > base) {
                    if (ordered) {
                        int c = compare(top - 1, key, cached.plain);
                        if (c == 0) {
                            throw duplicate(key);
                        }
                        ordered = c < 0;
                    }
                    out.write(',');
                }
                push(out.len, key, cached.plain);
                out.write(cached.quotedWithColon, 0, cached.quotedWithColon.length);
            }
            JsonValue v = value(p.nextToken(), depth + 1);
            // tree and bytes: one lookup, after the value (an in-order repeat was caught above)
            if (buildTree && !b.tryPut(key, v)) {
                throw duplicate(key);
            }
        }
        if (out != null) {
            int[] order = null;
            if (!ordered) {
                int hash = sequenceHash(base);
                order = OrderCache.get(keys, base, top, hash);
                if (order == null) {
                    order = canonicalOrder(base);
                    OrderCache.put(keys, base, top, hash, order);
                }
            }
            if (recordRootSpans && depth == 1) {
                rootSpans(base, order);
            }
            if (!ordered) {
                reorder(base, order);
            }
            out.write('}');
        }
        top = base;
        return buildTree ? b.build() : placeholder(depth);
    }

    /** What a container below the tree's depth is in its parent: nothing without a tree, else the placeholder. */
    private JsonValue placeholder(int depth) {
        return treeDepth > 0 && depth == treeDepth + 1 ? JsonNull.NULL : null;
    }

    private int sequenceHash(int base) {
        int h = top - base;
        for (int i = base; i < top; i++) {
            h = 31 * h + keys[i].hashCode();
        }
        return h ^ (h >>> 16);
    }

    private DecodeException duplicate(String key) {
        return JsonReader.located(Violation.DUPLICATE_KEY, "key \"" + JsonReader.abbreviate(key)
                + "\" appears twice in one object", p.currentTokenLocation());
    }

    private void push(int start, String key, boolean keyPlain) {
        if (top == starts.length) {
            starts = Arrays.copyOf(starts, top * 2);
            keys = Arrays.copyOf(keys, top * 2);
            plain = Arrays.copyOf(plain, top * 2);
        }
        starts[top] = start;
        keys[top] = key;
        plain[top] = keyPlain;
        top++;
    }

    /** Compares the key of member i with {@code key}, not yet pushed. */
    private int compare(int i, String key, boolean keyPlain) {
        return plain[i] && keyPlain ? keys[i].compareTo(key) : KeyOrder.CODE_POINT.compare(keys[i], key);
    }

    private int compare(int i, int j) {
        return plain[i] && plain[j] ? keys[i].compareTo(keys[j]) : KeyOrder.CODE_POINT.compare(keys[i], keys[j]);
    }

    /**
     * Member indexes (from 0) of the object whose members start at {@code base}, sorted by key;
     * refuses a repeated key, which sorting brings next to its twin.
     */
    private int[] canonicalOrder(int base) throws DecodeException {
        int n = top - base;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sort(base, order, new int[n], 0, n);
        for (int k = 1; k < n; k++) {
            if (keys[base + order[k - 1]].equals(keys[base + order[k]])) {
                throw duplicate(keys[base + order[k]]);
            }
        }
        return order;
    }

    // merge sort of order[from, to) by key; insertion sort for short runs. No boxing.
    private void sort(int base, int[] order, int[] tmp, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int x = order[i];
                int j = i - 1;
                while (j >= from && compare(base + order[j], base + x) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(base, order, tmp, from, mid);
        sort(base, order, tmp, mid, to);
        if (compare(base + order[mid - 1], base + order[mid]) <= 0) {
            return;     // already in order: mostly sorted input costs about n comparisons
        }
        System.arraycopy(order, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(base + tmp[i], base + tmp[j]) <= 0)) {
                order[k] = tmp[i++];
            } else {
                order[k] = tmp[j++];
            }
        }
    }

    /** Member i spans [starts[base+i], end): up to the next member's comma, or to {@code last}. */
    private int end(int base, int i, int last) {
        return base + i + 1 < top ? starts[base + i + 1] - 1 : last;
    }

    private void reorder(int base, int[] order) {
        int from = starts[base];
        int last = out.len;
        if (scratch.length < last - from) {
            scratch = new byte[Math.max(last - from, scratch.length * 2)];
        }
        byte[] members = scratch;
        System.arraycopy(out.buf, from, members, 0, last - from);
        out.truncate(from);
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (k > 0) {
                out.write(',');
            }
            int s = starts[base + i];
            out.write(members, s - from, end(base, i, last) - s);
        }
    }

    // The root's member spans as they will lie after reorder(): computed before it moves them.
    private void rootSpans(int base, int[] order) {
        int n = top - base;
        rootKeys = new String[n];
        rootStarts = new int[n];
        rootEnds = new int[n];
        int at = n == 0 ? out.len : starts[base];
        for (int k = 0; k < n; k++) {
            int i = order == null ? k : order[k];
            int len = end(base, i, out.len) - starts[base + i];
            rootKeys[k] = keys[base + i];
            rootStarts[k] = at;
            rootEnds[k] = at + len;
            at += len + 1;
        }
    }
}
