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

    private final Members members = new Members();

    /** After a walk that builds the tree: the root value (set by JsonReader). */
    JsonValue root;
    /** After a walk with recordRootSpans over an object root: its members in canonical order. */
    OpenMembers.RootSpans rootSpans;

    /** Open members keyed by the parser's strings. */
    private static final class Members extends OpenMembers {
        String[] keys = new String[64];
        boolean[] plain = new boolean[64];    // the key holds no surrogate: String order is code point order

        @Override
        void growKeys(int n) {
            keys = Arrays.copyOf(keys, n);
            plain = Arrays.copyOf(plain, n);
        }

        void push(int start, String key, boolean keyPlain) {
            int i = open(start);
            keys[i] = key;
            plain[i] = keyPlain;
        }

        /** Compares the key of member i with {@code key}, not yet pushed. */
        int compare(int i, String key, boolean keyPlain) {
            return plain[i] && keyPlain ? keys[i].compareTo(key) : KeyOrder.CODE_POINT.compare(keys[i], key);
        }

        @Override
        int compare(int i, int j) {
            return compare(i, keys[j], plain[j]);
        }

        @Override
        String key(int i) {
            return keys[i];
        }
    }

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
        int close = PythonJsonWriter.plainRunEnd(raw, quote + 1, rawEnd);
        if (close == rawEnd || raw[close] != '"') {
            return false;
        }
        out.write(raw, quote, close - quote + 1);
        return true;
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
        Members m = members;
        int base = m.top;
        boolean ordered = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (buildTree && out == null && b.has(key)) {
                throw duplicate(key);   // a tree alone: reported at the repeated key
            }
            if (out != null) {
                // the bytes need the key order; without a tree, sorting finds repeats
                KeyCache.Entry cached = KeyCache.of(key);
                if (m.top > base) {
                    if (ordered) {
                        int c = m.compare(m.top - 1, key, cached.plain);
                        if (c == 0) {
                            throw duplicate(key);
                        }
                        ordered = c < 0;
                    }
                    out.write(',');
                }
                m.push(out.len, key, cached.plain);
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
                order = OrderCache.get(m.keys, base, m.top, hash);
                if (order == null) {
                    order = m.canonicalOrder(base);
                    if (order == null) {
                        throw duplicate(m.keys[m.repeated]);
                    }
                    OrderCache.put(m.keys, base, m.top, hash, order);
                }
            }
            if (recordRootSpans && depth == 1) {
                rootSpans = m.rootSpans(base, order, out.len);
            }
            if (!ordered) {
                m.reorder(out, base, order);
            }
            out.write('}');
        }
        m.top = base;
        return buildTree ? b.build() : placeholder(depth);
    }

    /** What a container below the tree's depth is in its parent: nothing without a tree, else the placeholder. */
    private JsonValue placeholder(int depth) {
        return treeDepth > 0 && depth == treeDepth + 1 ? JsonNull.NULL : null;
    }

    private int sequenceHash(int base) {
        int h = members.top - base;
        for (int i = base; i < members.top; i++) {
            h = 31 * h + members.keys[i].hashCode();
        }
        return h ^ (h >>> 16);
    }

    private DecodeException duplicate(String key) {
        return JsonReader.located(Violation.DUPLICATE_KEY, "key \"" + JsonReader.abbreviate(key)
                + "\" appears twice in one object", p.currentTokenLocation());
    }
}
