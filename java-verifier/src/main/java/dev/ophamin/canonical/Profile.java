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

    /** {@return the name used on the command line and in fixtures} */
    public String id() {
        return id;
    }

    /**
     * The profile of a name.
     *
     * @param id {@code python-json/1} or {@code jcs}
     * @return the profile
     * @throws IllegalArgumentException listing the names when {@code id} is none of them
     */
    public static Profile byId(String id) {
        for (Profile p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + id + "' (expected python-json or jcs)");
    }

    /**
     * Appends the canonical bytes of {@code value} to {@code out}.
     *
     * @param value the value tree
     * @param out where the bytes are appended
     * @throws DecodeException when the profile cannot express a value (JCS: non-finite numbers, lone surrogates, integers beyond 2^53)
     */
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
     *
     * @param reader the reader whose checks apply
     * @param input the array holding the document, UTF-8
     * @param off index of its first byte
     * @param len its length in bytes
     * @param out where the bytes are appended; left as it was when the document is refused
     * @throws DecodeException naming the rule broken and where
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

    /**
     * {@return the canonical bytes of the JSON document {@code input}, read with the standard checks}
     *
     * @param input the whole document, UTF-8
     * @throws DecodeException naming the rule broken and where
     */
    public byte[] canonicalize(byte[] input) throws DecodeException {
        ByteSink sink = new ByteSink(input.length + 64);
        canonicalize(JsonReader.standard(), input, 0, input.length, sink);
        return sink.toByteArray();
    }

    /**
     * {@return the canonical bytes of {@code value}}
     *
     * @param value the value tree
     * @throws DecodeException when the profile cannot express a value
     */
    public byte[] encode(JsonValue value) throws DecodeException {
        ByteSink sink = new ByteSink();
        encode(value, sink);
        return sink.toByteArray();
    }
}
