package dev.ophamin.canonical;

import dev.ophamin.Stable;
import java.util.Collection;

/**
 * A document read together with its python-json/1 canonical bytes (see
 * {@link JsonReader#readCanonical}). A record's signed body is its root object minus a few keys;
 * {@link #canonicalWithout} cuts those members out of the bytes instead of encoding again.
 */
@Stable
public final class CanonicalDocument {
    private final JsonValue value;
    private final ByteSink canonical;
    private final String[] rootKeys;     // null unless the root is an object
    private final int[] starts;
    private final int[] ends;

    CanonicalDocument(JsonValue value, ByteSink canonical, OpenMembers.RootSpans root) {
        this.value = value;
        this.canonical = canonical;
        this.rootKeys = root == null ? null : root.keys();
        this.starts = root == null ? null : root.starts();
        this.ends = root == null ? null : root.ends();
    }

    /** {@return the value tree} */
    public JsonValue value() {
        return value;
    }

    /** {@return the canonical bytes of the whole document} */
    public byte[] canonical() {
        return canonical.toByteArray();
    }

    /**
     * The canonical bytes of the root object without the members named in {@code omit}
     * (absent names are ignored): the same bytes as encoding {@code root.without(omit)}.
     *
     * @throws IllegalStateException when the root is not an object
     * @param omit names of root members to leave out
     * @return the canonical bytes of the shortened root object
     */
    public byte[] canonicalWithout(Collection<String> omit) {
        if (rootKeys == null) {
            throw new IllegalStateException("the document's root is not an object");
        }
        boolean[] keep = new boolean[rootKeys.length];
        int size = 2;   // the braces
        int kept = 0;
        for (int i = 0; i < rootKeys.length; i++) {
            keep[i] = !omit.contains(rootKeys[i]);
            if (keep[i]) {
                size += ends[i] - starts[i] + (kept++ > 0 ? 1 : 0);
            }
        }
        byte[] body = new byte[size];
        int at = 0;
        body[at++] = '{';
        for (int i = 0; i < rootKeys.length; i++) {
            if (keep[i]) {
                if (at > 1) {
                    body[at++] = ',';
                }
                System.arraycopy(canonical.array(), starts[i], body, at, ends[i] - starts[i]);
                at += ends[i] - starts[i];
            }
        }
        body[at] = '}';
        return body;
    }
}
