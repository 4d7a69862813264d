package dev.ophamin.canonical;

import dev.ophamin.DecodeException;
import dev.ophamin.Stable;

/** The two canonical profiles of spec/CANONICAL_FORM.md. */
@Stable
public enum Profile {
    /** {@code python-json/1}: CPython {@code json.dumps(v, sort_keys=True, separators=(",", ":"))}. */
    PYTHON_JSON("python-json"),
    /** {@code jcs}: RFC 8785. */
    JCS("jcs");

    private final String id;

    Profile(String id) {
        this.id = id;
    }

    /** The name used on the command line and in fixtures. */
    public String id() {
        return id;
    }

    /** The profile named {@code id}, or IllegalArgumentException listing the names. */
    public static Profile byId(String id) {
        for (Profile p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + id + "' (expected python-json or jcs)");
    }

    /** Appends the canonical bytes of {@code value} to {@code out}. */
    public void encode(JsonValue value, ByteSink out) throws DecodeException {
        if (this == PYTHON_JSON) {
            PythonJsonWriter.write(value, PythonJsonWriter.Layout.CANONICAL, out);
        } else {
            JcsWriter.write(value, out);
        }
    }

    /**
     * Appends the canonical bytes of the JSON document in {@code input[off, off+len)}, read with
     * {@code reader}'s checks. python-json/1 is written straight from the tokens; JCS goes through
     * the value tree. On failure {@code out} is left as it was.
     */
    public void canonicalize(JsonReader reader, byte[] input, int off, int len, ByteSink out) throws DecodeException {
        if (this == PYTHON_JSON) {
            reader.canonicalize(input, off, len, out);
        } else {
            int mark = out.length();
            try {
                JcsWriter.write(reader.read(input, off, len), out);
            } catch (DecodeException e) {
                out.truncate(mark);
                throw e;
            }
        }
    }

    /** The canonical bytes of the JSON document {@code input}, read with the standard checks. */
    public byte[] canonicalize(byte[] input) throws DecodeException {
        ByteSink sink = new ByteSink(input.length + 64);
        canonicalize(JsonReader.standard(), input, 0, input.length, sink);
        return sink.toByteArray();
    }

    /** The canonical bytes of {@code value}. */
    public byte[] encode(JsonValue value) throws DecodeException {
        ByteSink sink = new ByteSink();
        encode(value, sink);
        return sink.toByteArray();
    }
}
