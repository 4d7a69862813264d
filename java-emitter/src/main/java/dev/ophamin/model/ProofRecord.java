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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder for an edited copy; editing invalidates the id and signature, so it starts unsigned. */
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

    public String proofId() {
        return proofId;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public Identity identity() {
        return identity;
    }

    public Claim claim() {
        return claim;
    }

    public PreRegistration preregistration() {
        return preregistration;
    }

    public DataSection data() {
        return data;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public Verdict verdict() {
        return verdict;
    }

    public Reproduction reproduction() {
        return reproduction;
    }

    /** The W3C PROV-JSON graph, open-ended, kept as read. */
    public JsonObject provenance() {
        return provenance;
    }

    @Override
    public String signature() {
        return signature;
    }

    /** The author attestation, or null. */
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

    /** A copy carrying this attestation (null removes it). */
    public ProofRecord withAttestation(Attestation a) {
        Builder b = copy();
        b.attestation = a;
        return b.build();
    }

    /** The reference's structural checks ({@code validate()}), in its order; empty when well-formed. */
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

        public Builder identity(Identity v) {
            identity = v;
            return this;
        }

        public Builder claim(Claim v) {
            claim = v;
            return this;
        }

        public Builder preregistration(PreRegistration v) {
            preregistration = v;
            return this;
        }

        public Builder data(DataSection v) {
            data = v;
            return this;
        }

        public Builder evidence(List<Evidence> v) {
            evidence = new ArrayList<>(v);
            return this;
        }

        public Builder addEvidence(Evidence v) {
            evidence.add(Objects.requireNonNull(v, "evidence"));
            return this;
        }

        public Builder verdict(Verdict v) {
            verdict = v;
            return this;
        }

        public Builder reproduction(Reproduction v) {
            reproduction = v;
            return this;
        }

        public Builder provenance(JsonObject v) {
            provenance = v;
            return this;
        }

        /** Clears any id and signature so they are recomputed (the record becomes unsigned). */
        public Builder unsigned() {
            proofId = null;
            signature = "";
            attestation = null;
            return this;
        }

        public ProofRecord build() {
            return new ProofRecord(this);
        }
    }
}
