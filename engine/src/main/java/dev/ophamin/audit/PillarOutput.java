package dev.ophamin.audit;

import dev.ophamin.canonical.JsonObject;
import java.util.List;

/**
 * What a pillar's {@code run} returns: its findings, the sizes of the tool's raw output (0 for a
 * tool run in-process), the tool's exit code (null in-process) and pillar-specific facts for the
 * record's {@code extra} (rule set, files analysed).
 */
public record PillarOutput(List<Finding> findings, long rawStdoutBytes, long rawStderrBytes, Long exitCode,
                           JsonObject extra) {

    public PillarOutput {
        findings = List.copyOf(findings);
        extra = extra == null ? JsonObject.EMPTY : extra;
    }

    /** Findings of a tool run in-process. */
    public static PillarOutput inProcess(List<Finding> findings, JsonObject extra) {
        return new PillarOutput(findings, 0, 0, null, extra);
    }
}
