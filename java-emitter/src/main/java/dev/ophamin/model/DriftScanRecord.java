package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import java.util.Objects;

/**
 * A DriftScan (schema 1 or 2, an INTEGER version): a drift detector run over one stream. The
 * detector configuration and the detected events are open-ended and kept as read. The member
 * order is the reference's {@code to_dict}: the id, the body, the signature. Schema 2 may carry a
 * gate ({@code preregistration}, {@code pre_registered_metric}, {@code verdict}), kept as read and
 * null when absent.
 */
@Experimental
public record DriftScanRecord(String scanId, long schemaVersion, String ophaminVersion, String ophaminGitCommit,
                              String capturedAt, String detectorName, JsonObject detectorConfig, String streamName,
                              long nSamples, String streamHash, JsonArray events, JsonValue preregistration,
                              JsonValue preRegisteredMetric, JsonValue verdict, String signature)
        implements SignedRecord {

    /**
     * A scan without a gate.
     *
     * @param scanId the {@code scan_id} member
     * @param schemaVersion the {@code schema_version} member
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param capturedAt the {@code captured_at} member
     * @param detectorName the {@code detector_name} member
     * @param detectorConfig the {@code detector_config} member
     * @param streamName the {@code stream_name} member
     * @param nSamples the {@code n_samples} member
     * @param streamHash the {@code stream_hash} member
     * @param events the {@code events} member
     * @param signature the {@code signature} member
     */
    public DriftScanRecord(String scanId, long schemaVersion, String ophaminVersion, String ophaminGitCommit,
                           String capturedAt, String detectorName, JsonObject detectorConfig, String streamName,
                           long nSamples, String streamHash, JsonArray events, String signature) {
        this(scanId, schemaVersion, ophaminVersion, ophaminGitCommit, capturedAt, detectorName, detectorConfig,
                streamName, nSamples, streamHash, events, null, null, null, signature);
    }

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param scanId the {@code scan_id} member
     * @param schemaVersion the {@code schema_version} member
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param capturedAt the {@code captured_at} member
     * @param detectorName the {@code detector_name} member
     * @param detectorConfig the {@code detector_config} member
     * @param streamName the {@code stream_name} member
     * @param nSamples the {@code n_samples} member
     * @param streamHash the {@code stream_hash} member
     * @param events the {@code events} member
     * @param preregistration the {@code preregistration} member
     * @param preRegisteredMetric the {@code pre_registered_metric} member
     * @param verdict the {@code verdict} member
     * @param signature the {@code signature} member
     */
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
        if (schemaVersion == 1 && (preregistration != null || preRegisteredMetric != null || verdict != null)) {
            throw new IllegalArgumentException("schema_version: drift scan 1 has no pre-registration or verdict");
        }
    }

    /**
     * Reads a record through the typed model; nothing the signature covers is lost.
     *
     * @param doc the parsed document
     * @return the record
     * @throws RecordFormatException naming the field at fault
     */
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
        JsonValue prereg = r.optional("preregistration");
        JsonValue metric = r.optional("pre_registered_metric");
        JsonValue verdict = r.optional("verdict");
        String sig = r.string("signature");
        r.end();
        return r.build(() -> new DriftScanRecord(id, version, ov, oc, at, dn, dc, sn, n, sh, ev, prereg, metric, verdict,
                sig));
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
        JsonObject.Builder b = JsonObject.builder()
                .put("schema_version", JsonInt.of(schemaVersion))
                .put("ophamin_version", ophaminVersion)
                .put("ophamin_git_commit", ophaminGitCommit)
                .put("captured_at", capturedAt)
                .put("detector_name", detectorName)
                .put("detector_config", detectorConfig)
                .put("stream_name", streamName)
                .put("n_samples", nSamples)
                .put("stream_hash", streamHash)
                .put("events", events);
        if (preregistration != null) {
            b.put("preregistration", preregistration);
        }
        if (preRegisteredMetric != null) {
            b.put("pre_registered_metric", preRegisteredMetric);
        }
        if (verdict != null) {
            b.put("verdict", verdict);
        }
        return b.build();
    }

    @Override
    public JsonObject toJson() {
        return Records.wrap(scanId, "scan_id", body(), signature);
    }

    @Override
    public DriftScanRecord withIdAndSignature(String id, String sig) {
        return new DriftScanRecord(Objects.requireNonNull(id), schemaVersion, ophaminVersion, ophaminGitCommit,
                capturedAt, detectorName, detectorConfig, streamName, nSamples, streamHash, events, preregistration,
                preRegisteredMetric, verdict, Objects.requireNonNull(sig));
    }
}
