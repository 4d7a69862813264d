package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An AuditRecord (audit/1.0 or audit/1.1): a static-analysis sweep over a target, signed over a
 * body canonicalised with the spaced separators the reference uses for audits. The audit/1.1
 * optional members ({@code preregistration}, {@code pre_registered_metric}, {@code verdict}) are
 * kept as read, null when absent.
 */
@Experimental
public record AuditRecord(String auditId, String schemaVersion, String ophaminVersion, String ophaminGitCommit,
                          String capturedAt, String targetPath, String targetContentHash, List<AuditPillar> pillars,
                          AuditSummary summary, String reproductionCommand, JsonValue preregistration,
                          JsonValue preRegisteredMetric, JsonValue verdict, String signature) implements SignedRecord {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param auditId the {@code audit_id} member
     * @param schemaVersion the {@code schema_version} member
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param capturedAt the {@code captured_at} member
     * @param targetPath the {@code target_path} member
     * @param targetContentHash the {@code target_content_hash} member
     * @param pillars the {@code pillars} member
     * @param summary the {@code summary} member
     * @param reproductionCommand the {@code reproduction_command} member
     * @param preregistration the {@code preregistration} member
     * @param preRegisteredMetric the {@code pre_registered_metric} member
     * @param verdict the {@code verdict} member
     * @param signature the {@code signature} member
     */
    public AuditRecord {
        Check.notNull(auditId, "audit_id");
        Check.notNull(schemaVersion, "schema_version");
        if (!schemaVersion.equals("audit/1.0") && !schemaVersion.equals("audit/1.1")) {
            throw new IllegalArgumentException("schema_version: must be audit/1.0 or audit/1.1, got '"
                    + schemaVersion + "'");
        }
        Check.notNull(ophaminVersion, "identity.ophamin_version");
        Check.notNull(ophaminGitCommit, "identity.ophamin_git_commit");
        Check.notNull(capturedAt, "identity.captured_at");
        Check.notNull(targetPath, "target.target_path");
        Check.notNull(targetContentHash, "target.target_content_hash");
        pillars = Check.list(pillars, "pillars");
        Check.notNull(summary, "summary");
        Check.notNull(reproductionCommand, "reproduction.command");
        Check.notNull(signature, "signature");
        if (schemaVersion.equals("audit/1.0")
                && (preregistration != null || preRegisteredMetric != null || verdict != null)) {
            throw new IllegalArgumentException("schema_version: audit/1.0 has no pre-registration or verdict");
        }
    }

    /**
     * Reads a record through the typed model; nothing the signature covers is lost.
     *
     * @param doc the parsed document
     * @return the record
     * @throws RecordFormatException naming the field at fault
     */
    public static AuditRecord fromJson(JsonValue doc) throws RecordFormatException {
        Reading r = Reading.of(doc, "");
        String id = r.string("audit_id");
        String version = r.string("schema_version");
        Reading identity = r.section("identity");
        String ov = identity.string("ophamin_version");
        String oc = identity.string("ophamin_git_commit");
        String at = identity.string("captured_at");
        identity.end();
        Reading target = r.section("target");
        String tp = target.string("target_path");
        String th = target.string("target_content_hash");
        target.end();
        List<AuditPillar> pillars = new ArrayList<>();
        for (Reading p : r.sections("pillars")) {
            pillars.add(AuditPillar.read(p));
        }
        AuditSummary summary = AuditSummary.read(r.section("summary"));
        Reading repro = r.section("reproduction");
        String command = repro.string("command");
        repro.end();
        JsonValue prereg = r.optional("preregistration");
        JsonValue metric = r.optional("pre_registered_metric");
        JsonValue verdict = r.optional("verdict");
        String sig = r.string("signature");
        r.end();
        return r.build(() -> new AuditRecord(id, version, ov, oc, at, tp, th, pillars, summary, command, prereg,
                metric, verdict, sig));
    }

    @Override
    public RecordKind kind() {
        return RecordKind.AUDIT;
    }

    @Override
    public String id() {
        return auditId;
    }

    @Override
    public JsonObject body() {
        List<JsonValue> ps = new ArrayList<>();
        for (AuditPillar p : pillars) {
            ps.add(p.toJson());
        }
        JsonObject.Builder b = JsonObject.builder()
                .put("schema_version", schemaVersion)
                .put("identity", JsonObject.builder()
                        .put("ophamin_version", ophaminVersion)
                        .put("ophamin_git_commit", ophaminGitCommit)
                        .put("captured_at", capturedAt)
                        .build())
                .put("target", JsonObject.builder()
                        .put("target_path", targetPath)
                        .put("target_content_hash", targetContentHash)
                        .build())
                .put("pillars", new JsonArray(ps))
                .put("summary", summary.toJson())
                .put("reproduction", JsonObject.builder().put("command", reproductionCommand).build());
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
        return Records.wrap(auditId ,"audit_id", body(), signature);
    }

    @Override
    public AuditRecord withIdAndSignature(String id, String sig) {
        return new AuditRecord(Objects.requireNonNull(id), schemaVersion, ophaminVersion, ophaminGitCommit,
                capturedAt, targetPath, targetContentHash, pillars, summary, reproductionCommand, preregistration,
                preRegisteredMetric, verdict, Objects.requireNonNull(sig));
    }
}
