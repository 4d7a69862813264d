package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;

/** Reading a record of any kind through the typed model. */
@Experimental
public final class Records {
    private Records() {
    }

    /**
     * The typed record a document holds, recognised by its id field.
     *
     * @throws RecordFormatException naming the field at fault, or when the document is no record
     *         of a kind this model reads (envelopes are unwrapped, not read here)
     * @param doc the parsed document
     * @return the typed record
     */
    public static SignedRecord read(JsonValue doc) throws RecordFormatException {
        RecordKind kind = RecordKind.detect(doc);
        if (kind == null) {
            throw new RecordFormatException("", "not a record of a known kind (no single proof_id, audit_id, "
                    + "campaign_id, alert_id or scan_id)");
        }
        switch (kind) {
            case PROOF: return ProofRecord.fromJson(doc);
            case AUDIT: return AuditRecord.fromJson(doc);
            case CAMPAIGN: return CampaignRecord.fromJson(doc);
            case REGRESSION_ALERT: return RegressionAlertRecord.fromJson(doc);
            case DRIFT_SCAN: return DriftScanRecord.fromJson(doc);
            default:
                throw new RecordFormatException("", "an in-toto envelope is not a record; unwrap it first");
        }
    }

    /** {@code {idField: id, ...body, signature}}: the layout every kind is written in. */
    static JsonObject wrap(String id, String idField, JsonObject body, String signature) {
        JsonObject.Builder b = JsonObject.builder().put(idField, id);
        for (var e : body.members().entrySet()) {
            b.put(e.getKey(), e.getValue());
        }
        return b.put("signature", signature).build();
    }
}
