package dev.ophamin.conformance;

/**
 * An implementation under test, spoken to in the line protocol of spec/IMPLEMENTATION_PROTOCOL.md:
 * one request line in, one response line out.
 */
public interface Implementation extends AutoCloseable {
    /** What an implementation answered. */
    record Response(Kind kind, byte[] output, String reason) {
        public enum Kind { OK, REFUSED, UNSUPPORTED }

        static Response ok(byte[] output) {
            return new Response(Kind.OK, output, "");
        }

        static Response refused(String reason) {
            return new Response(Kind.REFUSED, null, reason);
        }

        static Response unsupported() {
            return new Response(Kind.UNSUPPORTED, null, "");
        }
    }

    /** Canonicalizes {@code input} under {@code profile} ({@code python-json} or {@code jcs}). */
    Response canonicalize(String profile, byte[] input) throws ProtocolException;

    /** Verifies a record file's bytes with one HMAC key: ok when it is authentic and valid. */
    Response verify(byte[] key, byte[] record) throws ProtocolException;

    @Override
    default void close() {
    }

    /** The implementation broke the protocol: no answer, a malformed one, or none in time. */
    final class ProtocolException extends Exception {
        private static final long serialVersionUID = 1L;

        public ProtocolException(String message) {
            super(message);
        }
    }
}
