package dev.ophamin.envelope;

import dev.ophamin.DecodeException;
import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.verify.Dsse;
import dev.ophamin.verify.HmacKey;
import java.util.Base64;

/**
 * The in-toto DSSE envelope the reference wraps a proof in. The payload is the base64 of the
 * compact canonical in-toto Statement whose subject digest is the proof id and whose predicate
 * holds the signed body, the Ophamin and schema versions and the proof's HMAC; the envelope
 * signature is the base64 HMAC-SHA256 of the DSSE pre-authentication encoding, with keyid "".
 * The attestation of a proof is not carried.
 */
@Experimental
public final class InTotoEnvelope {
    private InTotoEnvelope() {
    }

    /**
     * {@return the in-toto Statement for a proof}
     *
     * @param proof the signed proof
     */
    public static JsonObject statement(ProofRecord proof) {
        JsonObject subject = JsonObject.builder()
                .put("name", "empirical-proof-record-" + proof.proofId().substring(0, Math.min(16, proof.proofId().length())))
                .put("digest", JsonObject.builder().put("sha256", proof.proofId()).build())
                .build();
        JsonObject predicate = JsonObject.builder()
                .put("body", proof.body())
                .put("ophamin_version", proof.identity().ophaminVersion())
                .put("schema_version", proof.schemaVersion())
                .put("signature", proof.signature())
                .build();
        return JsonObject.builder()
                .put("_type", Dsse.STATEMENT_TYPE)
                .put("subject", JsonArray.of(subject))
                .put("predicateType", Dsse.PROOF_PREDICATE_TYPE)
                .put("predicate", predicate)
                .build();
    }

    /**
     * {@return the envelope around a proof, signed with {@code key}}
     *
     * @param proof the signed proof
     * @param key the HMAC key of the envelope signature
     */
    public static JsonObject wrap(ProofRecord proof, HmacKey key) {
        byte[] payload = PythonJsonWriter.toBytes(statement(proof), PythonJsonWriter.Layout.CANONICAL);
        byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, payload);
        String sig = Base64.getEncoder().encodeToString(key.mac(pae, 0, pae.length));
        return JsonObject.builder()
                .put("payload", Base64.getEncoder().encodeToString(payload))
                .put("payloadType", Dsse.PAYLOAD_TYPE)
                .put("signatures", JsonArray.of(JsonObject.builder().put("keyid", "").put("sig", sig).build()))
                .build();
    }

    /**
     * {@return the envelope file's bytes, in the layout the reference writes ({@code indent=2})}
     *
     * @param envelope the envelope
     */
    public static byte[] toBytes(JsonObject envelope) {
        return PythonJsonWriter.toBytes(envelope, PythonJsonWriter.Layout.INDENT2);
    }

    /**
     * The proof inside an envelope. When {@code key} is given the envelope signature must match it.
     * The subject digest must be the id of the body carried.
     *
     * @param envelope the parsed envelope
     * @param key the key the signature must match, or null to skip that check
     * @return the proof
     * @throws EnvelopeException naming what is wrong with the envelope
     */
    public static ProofRecord unwrap(JsonValue envelope, HmacKey key) throws EnvelopeException {
        if (!(envelope instanceof JsonObject)) {
            throw new EnvelopeException("envelope: expected a JSON object");
        }
        JsonObject env = (JsonObject) envelope;
        if (!new JsonString(Dsse.PAYLOAD_TYPE).equals(env.get("payloadType"))) {
            throw new EnvelopeException("envelope.payloadType: expected " + Dsse.PAYLOAD_TYPE);
        }
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(text(env, "payload", "envelope.payload"));
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException("envelope.payload: not base64");
        }
        if (key != null) {
            checkSignature(env, payload, key);
        }
        JsonObject st;
        try {
            JsonValue v = JsonReader.standard().read(payload);
            if (!(v instanceof JsonObject)) {
                throw new EnvelopeException("envelope.payload: the statement is not a JSON object");
            }
            st = (JsonObject) v;
        } catch (DecodeException e) {
            throw new EnvelopeException("envelope.payload: " + e.getMessage());
        }
        if (!new JsonString(Dsse.STATEMENT_TYPE).equals(st.get("_type"))) {
            throw new EnvelopeException("statement._type: expected " + Dsse.STATEMENT_TYPE);
        }
        if (!new JsonString(Dsse.PROOF_PREDICATE_TYPE).equals(st.get("predicateType"))) {
            throw new EnvelopeException("statement.predicateType: not an Ophamin proof record");
        }
        JsonValue subjects = st.get("subject");
        if (!(subjects instanceof JsonArray) || ((JsonArray) subjects).size() != 1
                || !(((JsonArray) subjects).get(0) instanceof JsonObject)) {
            throw new EnvelopeException("statement.subject: expected exactly one subject");
        }
        JsonValue digest = ((JsonObject) ((JsonArray) subjects).get(0)).get("digest");
        String id = digest instanceof JsonObject ? text((JsonObject) digest, "sha256", "statement.subject[0].digest.sha256") : null;
        if (id == null) {
            throw new EnvelopeException("statement.subject[0].digest: missing");
        }
        if (!(st.get("predicate") instanceof JsonObject)) {
            throw new EnvelopeException("statement.predicate: expected an object");
        }
        JsonObject predicate = (JsonObject) st.get("predicate");
        if (!(predicate.get("body") instanceof JsonObject)) {
            throw new EnvelopeException("statement.predicate.body: expected an object");
        }
        JsonObject.Builder rec = JsonObject.builder().put("proof_id", id);
        for (var m : ((JsonObject) predicate.get("body")).members().entrySet()) {
            rec.put(m.getKey(), m.getValue());
        }
        rec.put("signature", text(predicate, "signature", "statement.predicate.signature"));
        ProofRecord proof;
        try {
            proof = ProofRecord.fromJson(rec.build());
        } catch (RecordFormatException e) {
            throw new EnvelopeException("statement.predicate.body: " + e.getMessage());
        }
        if (!proof.computeId().equals(id)) {
            throw new EnvelopeException("statement.subject[0].digest.sha256: is not the id of the body carried");
        }
        return proof;
    }

    private static void checkSignature(JsonObject env, byte[] payload, HmacKey key) throws EnvelopeException {
        JsonValue sigs = env.get("signatures");
        if (!(sigs instanceof JsonArray) || ((JsonArray) sigs).size() == 0) {
            throw new EnvelopeException("envelope.signatures: expected at least one signature");
        }
        byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, payload);
        byte[] expected = key.mac(pae, 0, pae.length);
        for (JsonValue s : ((JsonArray) sigs).items()) {
            if (s instanceof JsonObject && ((JsonObject) s).get("sig") instanceof JsonString) {
                try {
                    byte[] given = Base64.getDecoder().decode(((JsonString) ((JsonObject) s).get("sig")).value());
                    if (java.security.MessageDigest.isEqual(expected, given)) {
                        return;
                    }
                } catch (IllegalArgumentException ignored) {
                    // not base64: cannot match
                }
            }
        }
        throw new EnvelopeException("envelope.signatures: no signature matches key " + key.label());
    }

    private static String text(JsonObject o, String key, String field) throws EnvelopeException {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonString)) {
            throw new EnvelopeException(field + ": expected a string");
        }
        return ((JsonString) v).value();
    }
}
