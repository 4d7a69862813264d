package dev.ophamin.model;

import dev.ophamin.Stable;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;

/**
 * A content-addressed, HMAC-signed record of any kind. The id is the SHA-256 of the canonical
 * body; the signature is the HMAC-SHA256 of the same bytes ("" when unsigned).
 */
@Stable
public sealed interface SignedRecord
        permits ProofRecord, AuditRecord, CampaignRecord, RegressionAlertRecord, DriftScanRecord {

    /** {@return the record's kind} */
    RecordKind kind();

    /** {@return the id as stated in the record (for a record read from a file, the stored one)} */
    String id();

    /** {@return the lower-case hex HMAC, or "" when unsigned} */
    String signature();

    /** {@return the signed body, in the reference's field order} */
    JsonObject body();

    /** {@return the whole record in the reference's field order, as it is written to a file} */
    JsonObject toJson();

    /**
     * {@return a copy with this id and signature}
     *
     * @param id the content id
     * @param signature the HMAC signature as hex
     */
    SignedRecord withIdAndSignature(String id, String signature);

    /** {@return the canonical bytes of the body in this kind's layout: what is hashed and signed} */
    default byte[] canonicalBody() {
        return PythonJsonWriter.toBytes(body(), kind().canonicalLayout());
    }

    /** {@return the id recomputed from the body} */
    default String computeId() {
        return RecordKind.sha256Hex(canonicalBody());
    }
}
