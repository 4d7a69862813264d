package dev.ophamin.canonical;

import java.util.Arrays;
import java.util.Collection;

/**
 * A document read together with its python-json/1 canonical bytes (see
 * {@link JsonReader#readCanonical}). A record's signed body is its root object minus a few keys;
 * {@link #canonicalWithout} cuts those members out of the bytes instead of encoding again.
 */
public final class CanonicalDocument {
    private final JsonValue value;
    private final ByteSink canonical;
    private final String[] rootKeys;     // null unless the root is an object
    private final int[] starts;
    private final int[] ends;

    CanonicalDocument(JsonValue value, ByteSink canonical, String[] rootKeys, int[] starts, int[] ends) {
        this.value = value;
        this.canonical = canonical;
        this.rootKeys = rootKeys;
        this.starts = starts;
        this.ends = ends;
    }

    /** The value tree. */
    public JsonValue value() {
        return value;
    }

    /** The canonical bytes of the whole document. */
    public byte[] canonical() {
        return canonical.toByteArray();
    }

    /**
     * The canonical bytes of the root object without the members named in {@code omit}
     * (absent names are ignored): the same bytes as encoding {@code root.without(omit)}.
     *
     * @throws IllegalStateException when the root is not an object
     */
    public byte[] canonicalWithout(Collection<String> omit) {
        if (rootKeys == null) {
            throw new IllegalStateException("the document's root is not an object");
        }
        ByteSink out = new ByteSink(canonical.length());
        out.write('{');
        boolean first = true;
        for (int i = 0; i < rootKeys.length; i++) {
            if (omit.contains(rootKeys[i])) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write(canonical.array(), starts[i], ends[i] - starts[i]);
        }
        out.write('}');
        return out.length() == out.array().length ? out.array() : Arrays.copyOf(out.array(), out.length());
    }
}
