package dev.ophamin.envelope;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A proof as a CloudEvents 1.0 event in structured mode: id = proof id, time = created_at, type
 * {@value #TYPE}, the proof unchanged (attestation included) as {@code data}, so it still
 * verifies; extensions {@code ophaminversion}, {@code ophaminschema}, {@code ophaminverdict}.
 */
@Experimental
public final class CloudEvent {
    /** The CloudEvents version of the events written. */
    public static final String SPEC_VERSION = "1.0";
    /** The event type of a proof event. */
    public static final String TYPE = "dev.ophamin.proof.emitted.v1";

    private CloudEvent() {
    }

    /**
     * {@return the event for a proof, from {@code source} (a non-empty URI-reference)}
     *
     * @param proof the signed proof
     * @param source the event source
     */
    public static JsonObject wrap(ProofRecord proof, String source) {
        checkSource(source);
        return JsonObject.builder()
                .put("specversion", SPEC_VERSION)
                .put("id", proof.proofId())
                .put("source", source)
                .put("type", TYPE)
                .put("datacontenttype", "application/json")
                .put("time", proof.identity().createdAt())
                .put("ophaminversion", proof.identity().ophaminVersion())
                .put("ophaminschema", proof.schemaVersion())
                .put("ophaminverdict", proof.verdict().outcome().name())
                .put("data", proof.toJson())
                .build();
    }

    /**
     * The bytes of an event file.
     *
     * @param event the event
     * @return its JSON text
     */
    public static byte[] toBytes(JsonObject event) {
        return PythonJsonWriter.toBytes(event, PythonJsonWriter.Layout.INDENT2);
    }

    /**
     * {@return the proof an event carries; the event must be a proof event whose id matches the proof}
     *
     * @param event the parsed event
     * @throws EnvelopeException naming what is wrong with the event
     */
    public static ProofRecord unwrap(JsonValue event) throws EnvelopeException {
        if (!(event instanceof JsonObject)) {
            throw new EnvelopeException("event: expected a JSON object");
        }
        JsonObject e = (JsonObject) event;
        expect(e, "specversion", SPEC_VERSION);
        expect(e, "type", TYPE);
        if (!(e.get("data") instanceof JsonObject)) {
            throw new EnvelopeException("event.data: expected the proof as a JSON object");
        }
        ProofRecord proof;
        try {
            proof = ProofRecord.fromJson(e.get("data"));
        } catch (RecordFormatException ex) {
            throw new EnvelopeException("event.data." + ex.getMessage());
        }
        expect(e, "id", proof.proofId());
        return proof;
    }

    /**
     * Throws IllegalArgumentException unless {@code source} is a non-empty URI-reference.
     *
     * @param source the event source to check
     */
    public static void checkSource(String source) {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("source: must be a non-empty URI-reference");
        }
        try {
            new URI(source);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("source: not a URI-reference: " + ex.getReason());
        }
    }

    private static void expect(JsonObject e, String key, String value) throws EnvelopeException {
        JsonValue v = e.get(key);
        if (!new JsonString(value).equals(v)) {
            throw new EnvelopeException("event." + key + ": expected '" + value + "'");
        }
    }
}
