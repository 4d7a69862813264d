package dev.ophamin.envelope;

import dev.ophamin.DecodeException;
import dev.ophamin.Experimental;
import dev.ophamin.SignatureException;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.emit.AuthorKey;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.Base64Text;
import dev.ophamin.verify.Dsse;
import dev.ophamin.verify.Hex;
import dev.ophamin.verify.TrustedAuthors;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An in-toto Statement about build artifacts (for example a CycloneDX SBOM of a jar), in a DSSE
 * envelope signed with an author's ed25519 key. Unlike a proof envelope, whose HMAC anyone holding
 * the shared key can forge, this signature is checked against public keys: the artifacts' users
 * verify it with the author's public key alone.
 *
 * <p>The payload is the statement's compact canonical JSON; the signature covers the DSSE
 * pre-authentication encoding of it; {@code keyid} names the author, as a hint only: verification
 * tries every trusted key.
 */
@Experimental
public final class ArtifactAttestation {
    /** The in-toto predicate type of a CycloneDX document. */
    public static final String CYCLONEDX_PREDICATE_TYPE = "https://cyclonedx.org/bom";

    private ArtifactAttestation() {
    }

    /**
     * An artifact the statement is about: its file name and the SHA-256 of its bytes.
     *
     * @param name the file name
     * @param sha256 the digest, 64 lower-case hex digits
     */
    public record Subject(String name, String sha256) {
        /**
         * Checks the name and the digest's form.
         *
         * @param name the file name, not empty
         * @param sha256 the digest, 64 lower-case hex digits
         */
        public Subject {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("subject name: must not be empty");
            }
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("subject " + name + ": sha256 must be 64 lower-case hex digits");
            }
        }

        /**
         * The subject of a file's content.
         *
         * @param name the file name
         * @param content the file's bytes
         * @return its subject
         */
        public static Subject of(String name, byte[] content) {
            return new Subject(name, RecordKind.sha256Hex(content));
        }
    }

    /**
     * What a verified envelope states.
     *
     * @param author the trusted author whose key made the signature
     * @param subjects the artifacts the statement is about
     * @param predicateType the predicate's type
     * @param predicate the predicate (for an SBOM, the CycloneDX document)
     */
    public record Verified(String author, List<Subject> subjects, String predicateType, JsonValue predicate) {
    }

    /**
     * The statement that {@code predicate} describes the subjects.
     *
     * @param subjects the artifacts, at least one
     * @param predicateType the predicate's type URI
     * @param predicate the predicate
     * @return the in-toto Statement v1
     */
    public static JsonObject statement(List<Subject> subjects, String predicateType, JsonValue predicate) {
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one subject");
        }
        List<JsonValue> list = new ArrayList<>();
        for (Subject s : subjects) {
            list.add(JsonObject.builder()
                    .put("name", s.name())
                    .put("digest", JsonObject.builder().put("sha256", s.sha256()).build())
                    .build());
        }
        return JsonObject.builder()
                .put("_type", Dsse.STATEMENT_TYPE)
                .put("subject", new JsonArray(list))
                .put("predicateType", predicateType)
                .put("predicate", predicate)
                .build();
    }

    /**
     * Signs a statement.
     *
     * @param statement the statement
     * @param author the signing author's key
     * @return the DSSE envelope
     */
    public static JsonObject sign(JsonObject statement, AuthorKey author) {
        byte[] payload = PythonJsonWriter.toBytes(statement, PythonJsonWriter.Layout.CANONICAL);
        byte[] sig = author.sign(Dsse.pae(Dsse.PAYLOAD_TYPE, payload));
        Base64.Encoder b64 = Base64.getEncoder();
        return JsonObject.builder()
                .put("payload", b64.encodeToString(payload))
                .put("payloadType", Dsse.PAYLOAD_TYPE)
                .put("signatures", JsonArray.of(JsonObject.builder()
                        .put("keyid", author.author())
                        .put("sig", b64.encodeToString(sig))
                        .build()))
                .build();
    }

    /**
     * {@return the envelope file's bytes (two-space indent)}
     *
     * @param envelope the envelope
     */
    public static byte[] toBytes(JsonObject envelope) {
        return PythonJsonWriter.toBytes(envelope, PythonJsonWriter.Layout.INDENT2);
    }

    /**
     * Checks an envelope's signature against trusted authors' keys and reads its statement.
     *
     * @param envelope the parsed envelope
     * @param trusted the authors whose keys may have signed it
     * @return what the statement says, and who signed it
     * @throws EnvelopeException when the envelope is malformed (the message says where)
     * @throws SignatureException when no trusted author's key made a valid signature over it
     */
    public static Verified verify(JsonValue envelope, TrustedAuthors trusted)
            throws EnvelopeException, SignatureException {
        JsonObject env = object(envelope, "envelope");
        if (!new JsonString(Dsse.PAYLOAD_TYPE).equals(env.get("payloadType"))) {
            throw new EnvelopeException("envelope.payloadType: expected " + Dsse.PAYLOAD_TYPE);
        }
        byte[] payload = base64(text(env, "payload", "envelope.payload"), "envelope.payload");
        byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, payload);
        JsonValue sigs = env.get("signatures");
        if (!(sigs instanceof JsonArray) || ((JsonArray) sigs).size() == 0) {
            throw new EnvelopeException("envelope.signatures: expected a non-empty array");
        }
        String author = null;
        for (int i = 0; i < ((JsonArray) sigs).size() && author == null; i++) {
            JsonObject s = object(((JsonArray) sigs).get(i), "envelope.signatures[" + i + "]");
            String sigHex = Hex.encode(base64(text(s, "sig", "envelope.signatures[" + i + "].sig"),
                    "envelope.signatures[" + i + "].sig"));
            for (Map.Entry<String, String> a : trusted.asMap().entrySet()) {
                if (AuthorKey.verify(a.getValue(), pae, sigHex)) {
                    author = a.getKey();
                    break;
                }
            }
        }
        if (author == null) {
            throw new SignatureException("envelope.signatures: no valid signature by a trusted author");
        }
        JsonObject st;
        try {
            st = object(JsonReader.standard().read(payload), "envelope.payload");
        } catch (DecodeException e) {
            throw new EnvelopeException("envelope.payload: " + e.getMessage());
        }
        if (!new JsonString(Dsse.STATEMENT_TYPE).equals(st.get("_type"))) {
            throw new EnvelopeException("statement._type: expected " + Dsse.STATEMENT_TYPE);
        }
        JsonValue subjects = st.get("subject");
        if (!(subjects instanceof JsonArray) || ((JsonArray) subjects).size() == 0) {
            throw new EnvelopeException("statement.subject: expected a non-empty array");
        }
        List<Subject> list = new ArrayList<>();
        for (int i = 0; i < ((JsonArray) subjects).size(); i++) {
            String where = "statement.subject[" + i + "]";
            JsonObject s = object(((JsonArray) subjects).get(i), where);
            JsonObject digest = object(s.get("digest"), where + ".digest");
            try {
                list.add(new Subject(text(s, "name", where + ".name"), text(digest, "sha256", where + ".digest.sha256")));
            } catch (IllegalArgumentException e) {
                throw new EnvelopeException(where + ": " + e.getMessage());
            }
        }
        String predicateType = text(st, "predicateType", "statement.predicateType");
        JsonValue predicate = st.get("predicate");
        if (predicate == null) {
            throw new EnvelopeException("statement.predicate: missing");
        }
        return new Verified(author, List.copyOf(list), predicateType, predicate);
    }

    private static JsonObject object(JsonValue v, String where) throws EnvelopeException {
        if (!(v instanceof JsonObject)) {
            throw new EnvelopeException(where + ": expected a JSON object");
        }
        return (JsonObject) v;
    }

    private static String text(JsonObject o, String key, String where) throws EnvelopeException {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonString)) {
            throw new EnvelopeException(where + ": expected a string");
        }
        return ((JsonString) v).value();
    }

    private static byte[] base64(String text, String where) throws EnvelopeException {
        byte[] bytes = Base64Text.decodeOrNull(text);
        if (bytes == null) {
            throw new EnvelopeException(where + ": not canonical base64");
        }
        return bytes;
    }
}
