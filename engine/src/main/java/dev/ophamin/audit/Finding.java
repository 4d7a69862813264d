package dev.ophamin.audit;

import dev.ophamin.canonical.JsonObject;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding, normalised across tools: the tool's own rule id, a bucketed severity, the message,
 * the path relative to the audited target ({@code /}-separated), 1-based line and column (0 when
 * the tool gives none) and whatever else the tool said in {@code extra}.
 */
public record Finding(String pillarName, String ruleId, Severity severity, String message, String path, long line,
                      long column, JsonObject extra) {

    /** Path, line, column, rule, message: the order a pillar's findings are recorded in. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingLong(Finding::line).thenComparingLong(Finding::column)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(pillarName, "pillarName");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        extra = extra == null ? JsonObject.EMPTY : extra;
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** The finding as the reference writes it. */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("pillar_name", pillarName)
                .put("rule_id", ruleId)
                .put("severity", severity.id())
                .put("message", message)
                .put("path", path)
                .put("line", line)
                .put("column", column)
                .put("extra", extra)
                .build();
    }
}
