package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One wheel's contribution to a campaign. {@code status} is ok, skipped or failed; {@code error}
 * (null when none) says why a phase was skipped or failed; {@code summary} is open-ended.
 */
@Experimental
public record CampaignPhase(String wheel, String startedAt, String completedAt, String status,
                            List<String> artifactPaths, JsonObject summary, String error) {
    /** The statuses a phase may end with. */
    public static final Set<String> STATUSES = Set.of("ok", "skipped", "failed");

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param wheel the {@code wheel} member
     * @param startedAt the {@code started_at} member
     * @param completedAt the {@code completed_at} member
     * @param status the {@code status} member
     * @param artifactPaths the {@code artifact_paths} member
     * @param summary the {@code summary} member
     * @param error the {@code error} member
     */
    public CampaignPhase {
        Check.notNull(wheel, "phase.wheel");
        Check.notNull(startedAt, "phase.started_at");
        Check.notNull(completedAt, "phase.completed_at");
        Check.notNull(status, "phase.status");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("phase.status: must be ok, skipped or failed, got '" + status + "'");
        }
        artifactPaths = Check.list(artifactPaths, "phase.artifact_paths");
        Check.notNull(summary, "phase.summary");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        List<JsonValue> paths = new ArrayList<>();
        for (String p : artifactPaths) {
            paths.add(new JsonString(p));
        }
        return JsonObject.builder()
                .put("wheel", wheel)
                .put("started_at", startedAt)
                .put("completed_at", completedAt)
                .put("status", status)
                .put("artifact_paths", new JsonArray(paths))
                .put("summary", summary)
                .put("error", error == null ? JsonNull.NULL : new JsonString(error))
                .build();
    }

    static CampaignPhase read(Reading r) throws RecordFormatException {
        String wheel = r.string("wheel");
        String s = r.string("started_at");
        String c = r.string("completed_at");
        String status = r.string("status");
        List<String> paths = r.strings("artifact_paths");
        JsonObject summary = r.object("summary");
        String error = r.nullableString("error");
        r.end();
        return r.build(() -> new CampaignPhase(wheel, s, c, status, paths, summary, error));
    }
}
