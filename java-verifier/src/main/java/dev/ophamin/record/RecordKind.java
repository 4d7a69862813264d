package dev.ophamin.record;

import dev.ophamin.Stable;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter.Layout;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.verify.Hex;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record kinds of spec/RECORDS.md: how each is recognised, which body is signed, how that body
 * is canonicalised, which key signs it by default, and which top-level keys each schema version
 * may carry.
 */
@Stable
public enum RecordKind {
    /** A scenario's proof: claim, evidence, verdict ({@code proof_id}). */
    PROOF("proof", "proof_id", "ophamin-scenario-proof-key", Layout.CANONICAL,
            Map.of("1.0", new Shape(
                    Set.of("proof_id", "schema_version", "identity", "claim", "preregistration", "data",
                            "evidence", "verdict", "reproduction", "provenance", "signature"),
                    Set.of("attestation")))),
    /** An audit of a code base by its pillars ({@code audit_id}). */
    AUDIT("audit", "audit_id", "ophamin-audit-default-key", Layout.CANONICAL_SPACED,
            Map.of("audit/1.0", new Shape(
                            Set.of("audit_id", "schema_version", "identity", "target", "pillars", "summary",
                                    "reproduction", "signature"),
                            Set.of()),
                    "audit/1.1", new Shape(
                            Set.of("audit_id", "schema_version", "identity", "target", "pillars", "summary",
                                    "reproduction", "signature"),
                            Set.of("preregistration", "pre_registered_metric", "verdict")))),
    /** A campaign over many scenario runs with its multiplicity correction ({@code campaign_id}). */
    CAMPAIGN("campaign", "campaign_id", "ophamin-scenario-proof-key", Layout.CANONICAL,
            Map.of("1.0", new Shape(
                            Set.of("campaign_id", "schema_version", "target_name", "target_git_commit",
                                    "started_at", "completed_at", "ophamin_version", "ophamin_git_commit",
                                    "phases", "signature"),
                            Set.of()),
                    "2.0", new Shape(
                            Set.of("campaign_id", "schema_version", "target_name", "target_git_commit",
                                    "started_at", "completed_at", "ophamin_version", "ophamin_git_commit",
                                    "phases", "corrected_verdicts", "multiplicity_correction_method",
                                    "signature"),
                            Set.of()))),
    /** Verdict transitions between two proof snapshots ({@code alert_id}). */
    REGRESSION_ALERT("regression-alert", "alert_id", "ophamin-scenario-proof-key", Layout.CANONICAL,
            Map.of("regression-alert/1.0", new Shape(
                    Set.of("alert_id", "schema_version", "before_root", "after_root", "n_before", "n_after",
                            "generated_at", "ophamin_version", "ophamin_git_commit", "transitions",
                            "unmatched_in_before", "unmatched_in_after", "signature"),
                    Set.of()))),
    /** A scan of a corpus for drift ({@code scan_id}). */
    DRIFT_SCAN("drift-scan", "scan_id", "ophamin-drift-default-key", Layout.CANONICAL,
            Map.of("1", driftShape(Set.of()),
                    "2", driftShape(Set.of("preregistration", "pre_registered_metric", "verdict")))),
    /** An in-toto DSSE envelope around a proof; no id field of its own. */
    ENVELOPE("envelope", null, "ophamin-scenario-proof-key", Layout.CANONICAL,
            Map.of("1.0", new Shape(Set.of("payloadType", "payload", "signatures"), Set.of())));

    /** Top-level keys a schema version requires and allows. */
    public static final class Shape {
        private final Set<String> required;
        private final Set<String> optional;

        Shape(Set<String> required, Set<String> optional) {
            this.required = required;
            this.optional = optional;
        }

        /** {@return keys every record of this version carries} */
        public Set<String> required() {
            return required;
        }

        /** {@return keys a record of this version may carry} */
        public Set<String> optional() {
            return optional;
        }

        /**
         * {@return true when {@code key} is required or optional}
         *
         * @param key a top-level key
         */
        public boolean allows(String key) {
            return required.contains(key) || optional.contains(key);
        }
    }

    /** Drift scans 1 and 2 share their keys; 2 may carry a gate (pre-registration, metric, verdict). */
    private static Shape driftShape(Set<String> optional) {
        return new Shape(Set.of("scan_id", "schema_version", "ophamin_version", "ophamin_git_commit",
                "captured_at", "detector_name", "detector_config", "stream_name", "n_samples",
                "stream_hash", "events", "signature"), optional);
    }

    private final String id;
    private final String idField;
    private final String defaultKey;
    private final Layout canonicalLayout;
    private final Map<String, Shape> shapes;

    RecordKind(String id, String idField, String defaultKey, Layout canonicalLayout, Map<String, Shape> shapes) {
        this.id = id;
        this.idField = idField;
        this.defaultKey = defaultKey;
        this.canonicalLayout = canonicalLayout;
        this.shapes = shapes;
    }

    /** {@return the kind's name in output ({@code proof}, {@code audit}, ...)} */
    public String id() {
        return id;
    }

    /** {@return the top-level key holding the content id, or null for envelopes} */
    public String idField() {
        return idField;
    }

    /** {@return the reference's built-in HMAC key text for this kind} */
    public String defaultKey() {
        return defaultKey;
    }

    /** {@return how the signed body is laid out: compact, or with spaced separators (audits)} */
    public Layout canonicalLayout() {
        return canonicalLayout;
    }

    /** {@return schema versions this kit reads, as they appear in the record (drift scans: integers)} */
    public Set<String> versions() {
        return shapes.keySet();
    }

    /**
     * {@return the shape of a version, or null when the version is not read}
     *
     * @param version a schema version as text
     */
    public Shape shape(String version) {
        return shapes.get(version);
    }

    /** {@return keys excluded from the signed body} */
    public List<String> unsignedKeys() {
        if (this == PROOF) {
            return List.of("proof_id", "signature", "attestation");
        }
        return idField == null ? List.of() : List.of(idField, "signature");
    }

    /**
     * {@return the record minus its unsigned keys: the body that is hashed and signed}
     *
     * @param record a record of this kind
     */
    public JsonObject body(JsonObject record) {
        return record.without(unsignedKeys().toArray(new String[0]));
    }

    /**
     * {@return the canonical bytes of the signed body, in this kind's layout. Envelopes have no body}
     *
     * @param record a record of this kind
     */
    public byte[] canonicalBody(JsonObject record) {
        if (this == ENVELOPE) {
            throw new UnsupportedOperationException("an envelope signs its PAE, not a body");
        }
        return PythonJsonWriter.toBytes(body(record), canonicalLayout);
    }

    /**
     * {@return lower-case hex SHA-256 of {@code data}: how every record id is derived from its body}
     *
     * @param data the bytes to hash
     */
    public static String sha256Hex(byte[] data) {
        return Hex.encode(SHA256.get().digest(data));   // digest() resets it for the next use
    }

    // one per thread, as HmacKey keeps its Mac: no provider lookup for every record id
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable in this JDK", e);
        }
    });

    /**
     * The kind of a document, or null when it is no record of a known kind. A document carrying
     * the markers of two kinds is not guessed at: it is no record.
     *
     * @param doc a parsed document
     * @return its kind, or null
     */
    public static RecordKind detect(JsonValue doc) {
        if (!(doc instanceof JsonObject)) {
            return null;
        }
        JsonObject o = (JsonObject) doc;
        RecordKind found = null;
        for (RecordKind k : values()) {
            boolean marked = k == ENVELOPE
                    ? o.has("payloadType") && o.has("payload") && o.has("signatures")
                    : o.has(k.idField);
            if (marked) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
    }

    /**
     * The schema version as text: strings as is, integers (drift scans) in decimal; null when the
     * field is missing or of another type. Envelopes report their inner proof's version.
     *
     * @param o a record's root object
     * @return the version text, or null
     */
    public static String versionOf(JsonObject o) {
        JsonValue v = o.get("schema_version");
        if (v instanceof JsonString) {
            return ((JsonString) v).value();
        }
        if (v instanceof JsonInt) {
            return v.toString();
        }
        return null;
    }

    /**
     * {@return true when the version field has the JSON type this kind uses (drift scans: integer)}
     *
     * @param o a record's root object
     */
    public boolean versionTypeOk(JsonObject o) {
        JsonValue v = o.get("schema_version");
        return this == DRIFT_SCAN ? v instanceof JsonInt : v instanceof JsonString;
    }
}
