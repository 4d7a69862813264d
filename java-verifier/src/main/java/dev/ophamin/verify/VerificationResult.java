package dev.ophamin.verify;

import dev.ophamin.Stable;
import dev.ophamin.record.RecordKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What verifying one document found. Immutable. {@link #ok()} applies the verifier's policy
 * (unsigned allowed or not, strict or not); the other accessors report the facts it decided on.
 */
@Stable
public final class VerificationResult {
    private final RecordKind kind;
    private final String schemaVersion;
    private final String id;
    private final boolean idOk;
    private final SignatureOutcome signature;
    private final String keyLabel;
    private final AttestationOutcome attestation;
    private final String attestationAuthor;
    private final List<String> refusals;
    private final List<String> schemaErrors;
    private final List<String> problems;
    private final String error;
    private final String signatureHint;
    private final boolean allowUnsigned;
    private final boolean strict;

    private VerificationResult(Builder b) {
        this.kind = b.kind;
        this.schemaVersion = b.schemaVersion;
        this.id = b.id;
        this.idOk = b.idOk;
        this.signature = b.signature;
        this.keyLabel = b.keyLabel;
        this.attestation = b.attestation;
        this.attestationAuthor = b.attestationAuthor;
        this.refusals = List.copyOf(b.refusals);
        this.schemaErrors = List.copyOf(b.schemaErrors);
        this.problems = List.copyOf(b.problems);
        this.error = b.error;
        this.signatureHint = b.signatureHint;
        this.allowUnsigned = b.allowUnsigned;
        this.strict = b.strict;
    }

    /** {@return the record kind, or null when the document is no record (see {@link #error()})} */
    public RecordKind kind() {
        return kind;
    }

    /** {@return true when the document is a record of a known kind} */
    public boolean isRecord() {
        return kind != null;
    }

    /** {@return the declared schema version as text (drift scans: decimal), or null when unknown} */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** {@return the id the document states (envelopes: the subject digest), or null} */
    public String id() {
        return id;
    }

    /** {@return true when the stated id equals the SHA-256 of the canonical body} */
    public boolean idOk() {
        return idOk;
    }

    /** {@return the HMAC outcome (for envelopes: of the DSSE signature)} */
    public SignatureOutcome signature() {
        return signature;
    }

    /** {@return the label of the key whose MAC matched ({@code default} or the offered key's label), or null} */
    public String keyLabel() {
        return keyLabel;
    }

    /** {@return the ed25519 attestation outcome; ABSENT for kinds without attestations} */
    public AttestationOutcome attestation() {
        return attestation;
    }

    /** {@return the attesting author as the record names it, or null when there is no attestation} */
    public String attestationAuthor() {
        return attestationAuthor;
    }

    /** {@return refusal rules that fired (unknown or missing top-level keys, an unread version, ...)} */
    public List<String> refusals() {
        return refusals;
    }

    /** {@return JSON Schema errors; empty when no schema check was configured or the record conforms} */
    public List<String> schemaErrors() {
        return schemaErrors;
    }

    /** {@return structural problems (for proofs: the reference's validate() messages)} */
    public List<String> problems() {
        return problems;
    }

    /** {@return why the document could not be judged as a record (decode error, no record), or null} */
    public String error() {
        return error;
    }

    /**
     * True iff the document is a record, its id matches, its signature is valid (or it is unsigned
     * and unsigned records are allowed), no attestation is broken or untrusted and no refusal
     * rule fired; in strict mode schema errors and structural problems also fail it.
     *
     * @return true when the record passed every check asked for
     */
    public boolean ok() {
        if (error != null || kind == null || !refusals.isEmpty() || !idOk) {
            return false;
        }
        boolean sigOk = signature == SignatureOutcome.VALID
                || (signature == SignatureOutcome.UNSIGNED && allowUnsigned);
        boolean attOk = attestation == AttestationOutcome.VALID || attestation == AttestationOutcome.ABSENT;
        return sigOk && attOk && (!strict || (schemaErrors.isEmpty() && problems.isEmpty()));
    }

    /** {@return every reason this result is not ok, most basic first; empty when {@link #ok()}} */
    public List<String> reasons() {
        List<String> r = new ArrayList<>();
        if (error != null) {
            r.add(error);
            return r;
        }
        r.addAll(refusals);
        if (!idOk) {
            r.add(kind == RecordKind.ENVELOPE
                    ? "subject digest does not match the wrapped proof body"
                    : kind.idField() + " does not match the canonical body");
        }
        if (signature == SignatureOutcome.INVALID) {
            r.add(signatureHint == null ? "signature does not match any key"
                    : "signature does not match any key (" + signatureHint + ")");
        } else if (signature == SignatureOutcome.UNSIGNED && !allowUnsigned) {
            r.add("record is unsigned");
        }
        if (attestation == AttestationOutcome.INVALID) {
            r.add("attestation does not verify");
        } else if (attestation == AttestationOutcome.UNTRUSTED) {
            r.add("attestation by untrusted author '" + attestationAuthor + "'");
        }
        if (strict) {
            schemaErrors.forEach(e -> r.add("schema: " + e));
            r.addAll(problems);
        }
        return r;
    }

    static Builder builder(boolean allowUnsigned, boolean strict) {
        Builder b = new Builder();
        b.allowUnsigned = allowUnsigned;
        b.strict = strict;
        return b;
    }

    /** Collects a result while the verifier works through a document. */
    static final class Builder {
        RecordKind kind;
        String schemaVersion;
        String id;
        boolean idOk;
        SignatureOutcome signature = SignatureOutcome.INVALID;
        String keyLabel;
        AttestationOutcome attestation = AttestationOutcome.ABSENT;
        String attestationAuthor;
        final List<String> refusals = new ArrayList<>();
        final List<String> schemaErrors = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        String error;
        String signatureHint;
        boolean allowUnsigned;
        boolean strict;

        VerificationResult build() {
            return new VerificationResult(this);
        }
    }
}
