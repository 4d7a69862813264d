package dev.ophamin.verify;

import dev.ophamin.Internal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * DSSE (Dead Simple Signing Envelope) pre-authentication encoding, the bytes an envelope signature
 * covers, and the constants of the in-toto envelope the reference wraps proofs in.
 */
@Internal
public final class Dsse {
    /** The payload type of every proof envelope. */
    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";
    /** The in-toto Statement type inside the payload. */
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    /** The predicate type the reference gives a wrapped proof record. */
    public static final String PROOF_PREDICATE_TYPE =
            "https://github.com/IdirBenSlama/Ophamin/blob/main/SCHEMAS.md#empirical-proof-record-v1";

    private Dsse() {
    }

    /**
     * {@return {@code "DSSEv1" SP len(type) SP type SP len(payload) SP payload}, lengths in ASCII decimal bytes}
     *
     * @param payloadType the envelope's {@code payloadType}
     * @param payload the decoded payload bytes
     */
    public static byte[] pae(String payloadType, byte[] payload) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + type.length + 32);
        byte[] head = ("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII);
        out.write(head, 0, head.length);
        out.write(type, 0, type.length);
        byte[] mid = (" " + payload.length + " ").getBytes(StandardCharsets.US_ASCII);
        out.write(mid, 0, mid.length);
        out.write(payload, 0, payload.length);
        return out.toByteArray();
    }
}
