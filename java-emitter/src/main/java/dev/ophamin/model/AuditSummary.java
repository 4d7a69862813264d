package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;

/** The roll-up of an audit: totals, histograms, top files and which pillars ran. */
@Experimental
public record AuditSummary(long totalFindings, JsonObject severityHistogram, JsonObject findingsPerPillar,
                           JsonArray topFiles, JsonArray pillarsRun, JsonArray pillarsUnavailable,
                           JsonArray pillarsErrored) {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param totalFindings the {@code total_findings} member
     * @param severityHistogram the {@code severity_histogram} member
     * @param findingsPerPillar the {@code findings_per_pillar} member
     * @param topFiles the {@code top_files} member
     * @param pillarsRun the {@code pillars_run} member
     * @param pillarsUnavailable the {@code pillars_unavailable} member
     * @param pillarsErrored the {@code pillars_errored} member
     */
    public AuditSummary {
        Check.notNull(severityHistogram, "summary.severity_histogram");
        Check.notNull(findingsPerPillar, "summary.findings_per_pillar");
        Check.notNull(topFiles, "summary.top_files");
        Check.notNull(pillarsRun, "summary.pillars_run");
        Check.notNull(pillarsUnavailable, "summary.pillars_unavailable");
        Check.notNull(pillarsErrored, "summary.pillars_errored");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("total_findings", totalFindings)
                .put("severity_histogram", severityHistogram)
                .put("findings_per_pillar", findingsPerPillar)
                .put("top_files", topFiles)
                .put("pillars_run", pillarsRun)
                .put("pillars_unavailable", pillarsUnavailable)
                .put("pillars_errored", pillarsErrored)
                .build();
    }

    static AuditSummary read(Reading r) throws RecordFormatException {
        AuditSummary s = new AuditSummary(r.integer("total_findings"), r.object("severity_histogram"),
                r.object("findings_per_pillar"), r.array("top_files"), r.array("pillars_run"),
                r.array("pillars_unavailable"), r.array("pillars_errored"));
        r.end();
        return s;
    }
}
