package dev.ophamin.canonical;

import dev.ophamin.DecodeException;

/** The two canonical profiles of spec/CANONICAL_FORM.md. */
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

    /** The canonical bytes of {@code value}. */
    public byte[] encode(JsonValue value) throws DecodeException {
        ByteSink sink = new ByteSink();
        encode(value, sink);
        return sink.toByteArray();
    }
}
