package dev.ophamin.audit;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.model.AuditPillar;
import dev.ophamin.model.Numeric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One pillar's finished run: status, findings and the facts about the tool, turned into the
 * record's pillar section by {@link #toRecord()} with the reference's histograms and top-10 tables.
 */
public record PillarRun(String pillarName, String toolName, String toolVersion, PillarStatus status,
                        String targetPath, List<Finding> findings, long rawStdoutBytes, long rawStderrBytes,
                        Long exitCode, double wallTimeS, String errorMessage, JsonObject extra) {

    public PillarRun {
        Objects.requireNonNull(pillarName, "pillarName");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
        errorMessage = errorMessage == null ? "" : errorMessage;
        toolVersion = toolVersion == null ? "" : toolVersion;
        extra = extra == null ? JsonObject.EMPTY : extra;
    }

    public static PillarRun unavailable(StaticAnalysisPillar p, String target, String reason) {
        return new PillarRun(p.name(), p.toolName(), "", PillarStatus.UNAVAILABLE, target, List.of(), 0, 0, null, 0.0,
                reason, JsonObject.EMPTY);
    }

    public static PillarRun error(StaticAnalysisPillar p, String version, String target, String message, double wall) {
        return new PillarRun(p.name(), p.toolName(), version, PillarStatus.ERROR, target, List.of(), 0, 0, null, wall,
                message, JsonObject.EMPTY);
    }

    /** Findings per severity bucket, in order of first appearance (as the reference counts them). */
    public static JsonObject histogram(List<Finding> findings) {
        return counts(findings, f -> f.severity().id(), Integer.MAX_VALUE).toObject();
    }

    /** The pillar section of an AuditRecord. */
    public AuditPillar toRecord() {
        List<JsonValue> fs = new ArrayList<>();
        for (Finding f : findings) {
            fs.add(f.toJson());
        }
        return new AuditPillar(pillarName, toolName, toolVersion, status.id(), targetPath, findings.size(),
                new JsonArray(fs), histogram(findings), counts(findings, Finding::path, 10).toPairs(),
                counts(findings, Finding::ruleId, 10).toPairs(), rawStdoutBytes, rawStderrBytes, exitCode,
                Numeric.of(wallTimeS), errorMessage, extra);
    }

    /**
     * Counts by key, most common first, ties in order of first appearance, at most {@code top}:
     * Python's {@code Counter.most_common}, whose stable sort the reference's tables come from.
     */
    static Counts counts(List<Finding> findings, Function<Finding, String> key, int top) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            m.merge(key.apply(f), 1L, Long::sum);
        }
        List<Map.Entry<String, Long>> e = new ArrayList<>(m.entrySet());
        return new Counts(e, top);
    }

    /** Counted keys, kept in first-appearance order until a table is asked for. */
    record Counts(List<Map.Entry<String, Long>> entries, int top) {
        JsonObject toObject() {
            JsonObject.Builder b = JsonObject.builder();
            for (Map.Entry<String, Long> x : entries) {
                b.put(x.getKey(), x.getValue());
            }
            return b.build();
        }

        JsonArray toPairs() {
            List<Map.Entry<String, Long>> sorted = new ArrayList<>(entries);
            sorted.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
            List<JsonValue> out = new ArrayList<>();
            for (Map.Entry<String, Long> x : sorted.subList(0, Math.min(top, sorted.size()))) {
                out.add(JsonArray.of(new JsonString(x.getKey()), JsonInt.of(x.getValue())));
            }
            return new JsonArray(out);
        }
    }
}
