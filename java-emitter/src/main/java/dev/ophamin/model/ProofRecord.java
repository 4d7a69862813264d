package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.ProofStructure;
import dev.ophamin.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An EmpiricalProofRecord 1.0: identity, claim, pre-registration, data, evidence, verdict,
 * reproduction and provenance (the signed body), plus the proof id, the HMAC signature and an
 * optional ed25519 attestation. Immutable; build one with {@link #builder()}, sign it with
 * {@code dev.ophamin.emit.ProofSigner}.
 */
@Experimental
public final class ProofRecord implements SignedRecord {
    /** The schema version of proofs written. */
    public static final String SCHEMA_VERSION = "1.0";

    private final String schemaVersion;
    private final Identity identity;
    private final Claim claim;
    private final PreRegistration preregistration;
    private final DataSection data;
    private final List<Evidence> evidence;
    private final Verdict verdict;
    private final Reproduction reproduction;
    private final JsonObject provenance;
    private final String proofId;
    private final String signature;
    private final Attestation attestation;

    private ProofRecord(Builder b) {
        this.schemaVersion = Check.notNull(b.schemaVersion, "schema_version");
        if (!SCHEMA_VERSION.equals(schemaVersion)) {
            throw new IllegalArgumentException("schema_version: only 1.0 proofs exist, got '" + schemaVersion + "'");
        }
        this.identity = Check.notNull(b.identity, "identity");
        this.claim = Check.notNull(b.claim, "claim");
        this.preregistration = Check.notNull(b.preregistration, "preregistration");
        this.data = Check.notNull(b.data, "data");
        this.evidence = Check.list(b.evidence, "evidence");
        this.verdict = Check.notNull(b.verdict, "verdict");
        this.reproduction = Check.notNull(b.reproduction, "reproduction");
        this.provenance = Check.notNull(b.provenance, "provenance");
        this.signature = Check.notNull(b.signature, "signature");
        this.attestation = b.attestation;
        this.proofId = b.proofId != null ? b.proofId : RecordKind.sha256Hex(canonicalBody());
    }

    /**
     * The interval evidence gives for the quantity the claim is decided on: [low, high] of the first
     * evidence whose statistic is the threshold's metric and whose finite interval holds its value;
     * null when there is none (an interval of another quantity is never the claim's).
     *
     * @return {@code [low, high]}, or null
     */
    public double[] primaryInterval() {
        String metric = verdict.threshold().metric();
        for (Evidence e : evidence) {
            if (e.ciLow() == null || e.ciHigh() == null || !e.statisticName().equals(metric)) {
                continue;
            }
            double lo = e.ciLow().doubleValue();
            double hi = e.ciHigh().doubleValue();
            double v = e.statisticValue().doubleValue();
            if (Double.isFinite(lo) && Double.isFinite(hi) && lo <= v && v <= hi) {
                return new double[] {lo, hi};
            }
        }
        return null;
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder for an edited copy; editing invalidates the id and signature, so it starts unsigned} */
    public Builder toBuilder() {
        return copy().unsigned();
    }

    private Builder copy() {
        Builder b = new Builder();
        b.schemaVersion = schemaVersion;
        b.identity = identity;
        b.claim = claim;
        b.preregistration = preregistration;
        b.data = data;
        b.evidence = new ArrayList<>(evidence);
        b.verdict = verdict;
        b.reproduction = reproduction;
        b.provenance = provenance;
        b.proofId = proofId;
        b.signature = signature;
        b.attestation = attestation;
        return b;
    }

    /**
     * Reads a proof through the typed model. Nothing the signature covers is lost: numbers keep
     * their kind, open-ended parts keep order and values, and an unknown field is an error.
     *
     * @param doc the parsed document
     * @return the proof
     * @throws RecordFormatException naming the field at fault
     */
    public static ProofRecord fromJson(JsonValue doc) throws RecordFormatException {
        Reading r = Reading.of(doc, "");
        Builder b = new Builder();
        b.proofId = r.string("proof_id");
        b.schemaVersion = r.string("schema_version");
        b.identity = Identity.read(r.section("identity"));
        b.claim = Claim.read(r.section("claim"));
        b.preregistration = PreRegistration.read(r.section("preregistration"));
        b.data = DataSection.read(r.section("data"));
        for (Reading e : r.sections("evidence")) {
            b.evidence.add(Evidence.read(e));
        }
        b.verdict = Verdict.read(r.section("verdict"));
        b.reproduction = Reproduction.read(r.section("reproduction"));
        b.provenance = r.object("provenance");
        b.signature = r.string("signature");
        if (r.has("attestation")) {
            b.attestation = Attestation.read(r.section("attestation"));
        }
        r.end();
        return r.build(b::build);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PROOF;
    }

    @Override
    public String id() {
        return proofId;
    }

    /** {@return the content id: SHA-256 of the canonical body, or empty when unsigned} */
    public String proofId() {
        return proofId;
    }

    /** {@return the schema version} */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** {@return section 1, who ran what and when} */
    public Identity identity() {
        return identity;
    }

    /** {@return section 2, the claim} */
    public Claim claim() {
        return claim;
    }

    /** {@return section 3, the pre-registration} */
    public PreRegistration preregistration() {
        return preregistration;
    }

    /** {@return section 4, the data} */
    public DataSection data() {
        return data;
    }

    /** {@return section 5, the evidence} */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** {@return section 6, the verdict} */
    public Verdict verdict() {
        return verdict;
    }

    /** {@return section 7, how to reproduce the run} */
    public Reproduction reproduction() {
        return reproduction;
    }

    /** {@return the W3C PROV-JSON graph, open-ended, kept as read} */
    public JsonObject provenance() {
        return provenance;
    }

    @Override
    public String signature() {
        return signature;
    }

    /** {@return the author attestation, or null} */
    public Attestation attestation() {
        return attestation;
    }

    @Override
    public JsonObject body() {
        List<JsonValue> ev = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            ev.add(e.toJson());
        }
        return JsonObject.builder()
                .put("schema_version", new JsonString(schemaVersion))
                .put("identity", identity.toJson())
                .put("claim", claim.toJson())
                .put("preregistration", preregistration.toJson())
                .put("data", data.toJson())
                .put("evidence", new JsonArray(ev))
                .put("verdict", verdict.toJson())
                .put("reproduction", reproduction.toJson())
                .put("provenance", provenance)
                .build();
    }

    @Override
    public JsonObject toJson() {
        JsonObject.Builder b = JsonObject.builder().put("proof_id", proofId);
        for (var e : body().members().entrySet()) {
            b.put(e.getKey(), e.getValue());
        }
        b.put("signature", signature);
        if (attestation != null) {
            b.put("attestation", attestation.toJson());
        }
        return b.build();
    }

    @Override
    public ProofRecord withIdAndSignature(String id, String sig) {
        Builder b = copy();
        b.proofId = Objects.requireNonNull(id, "id");
        b.signature = Objects.requireNonNull(sig, "signature");
        return b.build();
    }

    /**
     * {@return a copy carrying this attestation (null removes it)}
     *
     * @param a the attestation, or null
     */
    public ProofRecord withAttestation(Attestation a) {
        Builder b = copy();
        b.attestation = a;
        return b.build();
    }

    /** {@return the reference's structural checks ({@code validate()}), in its order; empty when well-formed} */
    public List<String> problems() {
        return ProofStructure.problems(toJson());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProofRecord && toJson().equals(((ProofRecord) o).toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "ProofRecord[" + proofId + ", " + verdict.outcome() + "]";
    }

    /**
     * Builds a proof. The proof id defaults to the hash of the body; the signature defaults to ""
     * (unsigned). Sections are validated when set or at {@link #build()}, with errors naming the field.
     */
    public static final class Builder {
        private String schemaVersion = SCHEMA_VERSION;
        private Identity identity;
        private Claim claim;
        private PreRegistration preregistration;
        private DataSection data;
        private List<Evidence> evidence = new ArrayList<>();
        private Verdict verdict;
        private Reproduction reproduction;
        private JsonObject provenance = JsonObject.EMPTY;
        private String proofId;
        private String signature = "";
        private Attestation attestation;

        private Builder() {
        }

        /**
         * Sets the identity.
         *
         * @param v section 1
         * @return this builder
         */
        public Builder identity(Identity v) {
            identity = v;
            return this;
        }

        /**
         * Sets the claim.
         *
         * @param v section 2
         * @return this builder
         */
        public Builder claim(Claim v) {
            claim = v;
            return this;
        }

        /**
         * Sets the pre-registration.
         *
         * @param v section 3
         * @return this builder
         */
        public Builder preregistration(PreRegistration v) {
            preregistration = v;
            return this;
        }

        /**
         * Sets the data section.
         *
         * @param v section 4
         * @return this builder
         */
        public Builder data(DataSection v) {
            data = v;
            return this;
        }

        /**
         * Sets all evidence.
         *
         * @param v section 5, in order
         * @return this builder
         */
        public Builder evidence(List<Evidence> v) {
            evidence = new ArrayList<>(v);
            return this;
        }

        /**
         * Adds one piece of evidence.
         *
         * @param v the evidence
         * @return this builder
         */
        public Builder addEvidence(Evidence v) {
            evidence.add(Objects.requireNonNull(v, "evidence"));
            return this;
        }

        /**
         * Sets the verdict.
         *
         * @param v section 6
         * @return this builder
         */
        public Builder verdict(Verdict v) {
            verdict = v;
            return this;
        }

        /**
         * Sets the reproduction.
         *
         * @param v section 7
         * @return this builder
         */
        public Builder reproduction(Reproduction v) {
            reproduction = v;
            return this;
        }

        /**
         * Sets the W3C PROV provenance.
         *
         * @param v the PROV-JSON document, or null for none
         * @return this builder
         */
        public Builder provenance(JsonObject v) {
            provenance = v;
            return this;
        }

        /** {@return clears any id and signature so they are recomputed (the record becomes unsigned)} */
        public Builder unsigned() {
            proofId = null;
            signature = "";
            attestation = null;
            return this;
        }

        /** {@return the unsigned proof (empty id and signature)} */
        public ProofRecord build() {
            return new ProofRecord(this);
        }
    }
}
