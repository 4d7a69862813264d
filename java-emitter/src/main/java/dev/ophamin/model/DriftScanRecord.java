package dev.ophamin.model;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import java.util.Objects;

/**
 * A DriftScan (schema 1 or 2, an INTEGER version): a drift detector run over one stream. The
 * detector configuration and the detected events are open-ended and kept as read. No drift scan
 * was shipped, so the member order here (id, then the body in the order of spec/RECORDS.md, then
 * the signature) is this project's, not one measured from the reference.
 */
public record DriftScanRecord(String scanId, long schemaVersion, String ophaminVersion, String ophaminGitCommit,
                              String capturedAt, String detectorName, JsonObject detectorConfig, String streamName,
                              long nSamples, String streamHash, JsonArray events, String signature)
        implements SignedRecord {

    public DriftScanRecord {
        Check.notNull(scanId, "scan_id");
        if (schemaVersion != 1 && schemaVersion != 2) {
            throw new IllegalArgumentException("schema_version: must be the integer 1 or 2, got " + schemaVersion);
        }
        Check.notNull(ophaminVersion, "ophamin_version");
        Check.notNull(ophaminGitCommit, "ophamin_git_commit");
        Check.notNull(capturedAt, "captured_at");
        Check.notNull(detectorName, "detector_name");
        Check.notNull(detectorConfig, "detector_config");
        Check.notNull(streamName, "stream_name");
        Check.notNull(streamHash, "stream_hash");
        Check.notNull(events, "events");
        Check.notNull(signature, "signature");
    }

    public static DriftScanRecord fromJson(JsonValue doc) throws RecordFormatException {
        Reading r = Reading.of(doc, "");
        String id = r.string("scan_id");
        long version = r.integer("schema_version");
        String ov = r.string("ophamin_version");
        String oc = r.string("ophamin_git_commit");
        String at = r.string("captured_at");
        String dn = r.string("detector_name");
        JsonObject dc = r.object("detector_config");
        String sn = r.string("stream_name");
        long n = r.integer("n_samples");
        String sh = r.string("stream_hash");
        JsonArray ev = r.array("events");
        String sig = r.string("signature");
        r.end();
        return r.build(() -> new DriftScanRecord(id, version, ov, oc, at, dn, dc, sn, n, sh, ev, sig));
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DRIFT_SCAN;
    }

    @Override
    public String id() {
        return scanId;
    }

    @Override
    public JsonObject body() {
        return JsonObject.builder()
                .put("schema_version", JsonInt.of(schemaVersion))
                .put("ophamin_version", ophaminVersion)
                .put("ophamin_git_commit", ophaminGitCommit)
                .put("captured_at", capturedAt)
                .put("detector_name", detectorName)
                .put("detector_config", detectorConfig)
                .put("stream_name", streamName)
                .put("n_samples", nSamples)
                .put("stream_hash", streamHash)
                .put("events", events)
                .build();
    }

    @Override
    public JsonObject toJson() {
        return Records.wrap(scanId, "scan_id", body(), signature);
    }

    @Override
    public DriftScanRecord withIdAndSignature(String id, String sig) {
        return new DriftScanRecord(Objects.requireNonNull(id), schemaVersion, ophaminVersion, ophaminGitCommit,
                capturedAt, detectorName, detectorConfig, streamName, nSamples, streamHash, events,
                Objects.requireNonNull(sig));
    }
}
