package dev.ophamin.emit;

import dev.ophamin.Stable;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.verify.HmacKey;

/** Recomputes the id of a record of any kind and signs its canonical body with HMAC-SHA256. */
@Stable
public final class RecordSigner {
    private RecordSigner() {
    }

    /**
     * {@return the record with its id recomputed from the body and its signature set}
     *
     * @param <R> the record type
     * @param record the record
     * @param key the HMAC key
     */
    @SuppressWarnings("unchecked")
    public static <R extends SignedRecord> R sign(R record, HmacKey key) {
        byte[] body = record.canonicalBody();
        String id = dev.ophamin.record.RecordKind.sha256Hex(body);
        return (R) record.withIdAndSignature(id, key.hexMac(body, 0, body.length));
    }

    /**
     * {@return the record with its id recomputed and an empty signature}
     *
     * @param <R> the record type
     * @param record the record
     */
    @SuppressWarnings("unchecked")
    public static <R extends SignedRecord> R unsign(R record) {
        return (R) record.withIdAndSignature(record.computeId(), "");
    }
}
