package dev.ophamin.emit;

import dev.ophamin.Stable;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.verify.HmacKey;

/** Recomputes the id of a record of any kind and signs its canonical body with HMAC-SHA256. */
@Stable
public final class RecordSigner {
    private RecordSigner() {
    }

    /** The record with its id recomputed from the body and its signature set. */
    @SuppressWarnings("unchecked")
    public static <R extends SignedRecord> R sign(R record, HmacKey key) {
        byte[] body = record.canonicalBody();
        String id = dev.ophamin.record.RecordKind.sha256Hex(body);
        return (R) record.withIdAndSignature(id, key.hexMac(body, 0, body.length));
    }

    /** The record with its id recomputed and an empty signature. */
    @SuppressWarnings("unchecked")
    public static <R extends SignedRecord> R unsign(R record) {
        return (R) record.withIdAndSignature(record.computeId(), "");
    }
}
