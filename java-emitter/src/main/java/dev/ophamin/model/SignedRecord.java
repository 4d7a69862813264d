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

    RecordKind kind();

    /** The id as stated in the record (for a record read from a file, the stored one). */
    String id();

    /** The lower-case hex HMAC, or "" when unsigned. */
    String signature();

    /** The signed body, in the reference's field order. */
    JsonObject body();

    /** The whole record in the reference's field order, as it is written to a file. */
    JsonObject toJson();

    /** A copy with this id and signature. */
    SignedRecord withIdAndSignature(String id, String signature);

    /** The canonical bytes of the body in this kind's layout: what is hashed and signed. */
    default byte[] canonicalBody() {
        return PythonJsonWriter.toBytes(body(), kind().canonicalLayout());
    }

    /** The id recomputed from the body. */
    default String computeId() {
        return RecordKind.sha256Hex(canonicalBody());
    }
}
