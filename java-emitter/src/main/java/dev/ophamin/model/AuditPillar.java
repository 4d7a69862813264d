package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;

/**
 * One static-analysis tool's run inside an audit. Findings and their top-10 tables are tool
 * output, kept as read; {@code extra} exists from audit/1.1 on (null when absent).
 */
@Experimental
public record AuditPillar(String pillarName, String toolName, String toolVersion, String status, String targetPath,
                          long findingCount, JsonArray findings, JsonObject severityHistogram,
                          JsonArray perFileTop10, JsonArray perRuleTop10, long rawStdoutBytes, long rawStderrBytes,
                          Long exitCode, Numeric wallTimeS, String errorMessage, JsonObject extra) {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param pillarName the {@code pillar_name} member
     * @param toolName the {@code tool_name} member
     * @param toolVersion the {@code tool_version} member
     * @param status the {@code status} member
     * @param targetPath the {@code target_path} member
     * @param findingCount the {@code finding_count} member
     * @param findings the {@code findings} member
     * @param severityHistogram the {@code severity_histogram} member
     * @param perFileTop10 the {@code per_file_top10} member
     * @param perRuleTop10 the {@code per_rule_top10} member
     * @param rawStdoutBytes the {@code raw_stdout_bytes} member
     * @param rawStderrBytes the {@code raw_stderr_bytes} member
     * @param exitCode the {@code exit_code} member
     * @param wallTimeS the {@code wall_time_s} member
     * @param errorMessage the {@code error_message} member
     * @param extra the {@code extra} member
     */
    public AuditPillar {
        Check.notNull(pillarName, "pillar_name");
        Check.notNull(toolName, "tool_name");
        Check.notNull(toolVersion, "tool_version");
        Check.notNull(status, "status");
        Check.notNull(targetPath, "target_path");
        Check.notNull(findings, "findings");
        Check.notNull(severityHistogram, "severity_histogram");
        Check.notNull(perFileTop10, "per_file_top10");
        Check.notNull(perRuleTop10, "per_rule_top10");
        Check.notNull(wallTimeS, "wall_time_s");
        Check.notNull(errorMessage, "error_message");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        JsonObject.Builder b = JsonObject.builder()
                .put("pillar_name", pillarName)
                .put("tool_name", toolName)
                .put("tool_version", toolVersion)
                .put("status", status)
                .put("target_path", targetPath)
                .put("finding_count", findingCount)
                .put("findings", findings)
                .put("severity_histogram", severityHistogram)
                .put("per_file_top10", perFileTop10)
                .put("per_rule_top10", perRuleTop10)
                .put("raw_stdout_bytes", rawStdoutBytes)
                .put("raw_stderr_bytes", rawStderrBytes)
                .put("exit_code", exitCode == null ? JsonNull.NULL : dev.ophamin.canonical.JsonInt.of(exitCode))
                .put("wall_time_s", wallTimeS.toJson())
                .put("error_message", errorMessage);
        if (extra != null) {
            b.put("extra", extra);
        }
        return b.build();
    }

    static AuditPillar read(Reading r) throws RecordFormatException {
        AuditPillar p = new AuditPillar(r.string("pillar_name"), r.string("tool_name"), r.string("tool_version"),
                r.string("status"), r.string("target_path"), r.integer("finding_count"), r.array("findings"),
                r.object("severity_histogram"), r.array("per_file_top10"), r.array("per_rule_top10"),
                r.integer("raw_stdout_bytes"), r.integer("raw_stderr_bytes"), r.nullableInteger("exit_code"),
                r.number("wall_time_s"), r.string("error_message"), r.has("extra") ? r.object("extra") : null);
        r.end();
        return p;
    }
}
