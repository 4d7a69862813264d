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
 * A CampaignRecord: the phases of one composite run. Schema 2.0 adds {@code corrected_verdicts}
 * (claim id to corrected verdict) and {@code multiplicity_correction_method}; a 1.0 record has
 * neither, in its body or its file (both are null here).
 */
@Experimental
public record CampaignRecord(String campaignId, String schemaVersion, String targetName, String targetGitCommit,
                             String startedAt, String completedAt, String ophaminVersion, String ophaminGitCommit,
                             List<CampaignPhase> phases, JsonObject correctedVerdicts,
                             String multiplicityCorrectionMethod, String signature) implements SignedRecord {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param campaignId the {@code campaign_id} member
     * @param schemaVersion the {@code schema_version} member
     * @param targetName the {@code target_name} member
     * @param targetGitCommit the {@code target_git_commit} member
     * @param startedAt the {@code started_at} member
     * @param completedAt the {@code completed_at} member
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param phases the {@code phases} member
     * @param correctedVerdicts the {@code corrected_verdicts} member
     * @param multiplicityCorrectionMethod the {@code multiplicity_correction_method} member
     * @param signature the {@code signature} member
     */
    public CampaignRecord {
        Check.notNull(campaignId, "campaign_id");
        Check.notNull(schemaVersion, "schema_version");
        Check.notNull(targetName, "target_name");
        Check.notNull(targetGitCommit, "target_git_commit");
        Check.notNull(startedAt, "started_at");
        Check.notNull(completedAt, "completed_at");
        Check.notNull(ophaminVersion, "ophamin_version");
        Check.notNull(ophaminGitCommit, "ophamin_git_commit");
        phases = Check.list(phases, "phases");
        Check.notNull(signature, "signature");
        if (schemaVersion.equals("1.0")) {
            if (correctedVerdicts != null || multiplicityCorrectionMethod != null) {
                throw new IllegalArgumentException(
                        "schema_version: a 1.0 campaign has no corrected_verdicts or multiplicity_correction_method");
            }
        } else if (schemaVersion.equals("2.0")) {
            Check.notNull(correctedVerdicts, "corrected_verdicts");
            Check.notNull(multiplicityCorrectionMethod, "multiplicity_correction_method");
            for (var e : correctedVerdicts.members().entrySet()) {
                if (!(e.getValue() instanceof dev.ophamin.canonical.JsonString)) {
                    throw new IllegalArgumentException("corrected_verdicts." + e.getKey() + ": must be a string");
                }
            }
        } else {
            throw new IllegalArgumentException("schema_version: must be 1.0 or 2.0, got '" + schemaVersion + "'");
        }
    }

    /**
     * {@return an unsigned 2.0 campaign; its id is computed from the body}
     *
     * @param targetName the {@code target_name} member
     * @param targetGitCommit the {@code target_git_commit} member
     * @param startedAt the {@code started_at} member
     * @param completedAt the {@code completed_at} member
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param phases the {@code phases} member
     * @param correctedVerdicts the {@code corrected_verdicts} member
     * @param multiplicityCorrectionMethod the {@code multiplicity_correction_method} member
     */
    public static CampaignRecord unsigned(String targetName, String targetGitCommit, String startedAt,
                                          String completedAt, String ophaminVersion, String ophaminGitCommit,
                                          List<CampaignPhase> phases, JsonObject correctedVerdicts,
                                          String multiplicityCorrectionMethod) {
        CampaignRecord r = new CampaignRecord("", "2.0", targetName, targetGitCommit, startedAt, completedAt,
                ophaminVersion, ophaminGitCommit, phases, correctedVerdicts, multiplicityCorrectionMethod, "");
        return r.withIdAndSignature(r.computeId(), "");
    }

    /**
     * Reads a record through the typed model; nothing the signature covers is lost.
     *
     * @param doc the parsed document
     * @return the record
     * @throws RecordFormatException naming the field at fault
     */
    public static CampaignRecord fromJson(JsonValue doc) throws RecordFormatException {
        Reading r = Reading.of(doc, "");
        String id = r.string("campaign_id");
        String version = r.string("schema_version");
        String tn = r.string("target_name");
        String tc = r.string("target_git_commit");
        String s = r.string("started_at");
        String c = r.string("completed_at");
        String ov = r.string("ophamin_version");
        String oc = r.string("ophamin_git_commit");
        List<CampaignPhase> phases = new ArrayList<>();
        for (Reading p : r.sections("phases")) {
            phases.add(CampaignPhase.read(p));
        }
        JsonObject cv = null;
        String method = null;
        if (!version.equals("1.0")) {
            cv = r.stringMap("corrected_verdicts");
            method = r.string("multiplicity_correction_method");
        }
        String sig = r.string("signature");
        r.end();
        JsonObject fcv = cv;
        String fm = method;
        return r.build(() -> new CampaignRecord(id, version, tn, tc, s, c, ov, oc, phases, fcv, fm, sig));
    }

    @Override
    public RecordKind kind() {
        return RecordKind.CAMPAIGN;
    }

    @Override
    public String id() {
        return campaignId;
    }

    @Override
    public JsonObject body() {
        List<JsonValue> ps = new ArrayList<>();
        for (CampaignPhase p : phases) {
            ps.add(p.toJson());
        }
        JsonObject.Builder b = JsonObject.builder()
                .put("schema_version", schemaVersion)
                .put("target_name", targetName)
                .put("target_git_commit", targetGitCommit)
                .put("started_at", startedAt)
                .put("completed_at", completedAt)
                .put("ophamin_version", ophaminVersion)
                .put("ophamin_git_commit", ophaminGitCommit)
                .put("phases", new JsonArray(ps));
        if (!schemaVersion.equals("1.0")) {
            b.put("corrected_verdicts", correctedVerdicts);
            b.put("multiplicity_correction_method", multiplicityCorrectionMethod);
        }
        return b.build();
    }

    @Override
    public JsonObject toJson() {
        return Records.wrap(campaignId, "campaign_id", body(), signature);
    }

    @Override
    public CampaignRecord withIdAndSignature(String id, String sig) {
        return new CampaignRecord(Objects.requireNonNull(id), schemaVersion, targetName, targetGitCommit, startedAt,
                completedAt, ophaminVersion, ophaminGitCommit, phases, correctedVerdicts,
                multiplicityCorrectionMethod, Objects.requireNonNull(sig));
    }
}
