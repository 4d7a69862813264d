package dev.ophamin.export;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.AuditPillar;
import dev.ophamin.model.AuditRecord;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AuditRecord as a SARIF 2.1.0 log: one run per pillar (its tool, version, rules and an
 * invocation saying whether it ran), one result per finding with rule, level, message and
 * location (relative to {@code %SRCROOT%}, the audited target). Levels: critical and high ->
 * error, medium -> warning, low -> note, info -> none; the bucket itself is kept in each result's
 * properties.
 */
public final class SarifExport {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifExport() {
    }

    /** The log as pretty-printed JSON bytes. */
    public static byte[] bytes(AuditRecord audit) {
        return PythonJsonWriter.toBytes(log(audit), PythonJsonWriter.Layout.INDENT2);
    }

    public static JsonObject log(AuditRecord audit) {
        List<JsonValue> runs = new ArrayList<>();
        for (AuditPillar p : audit.pillars()) {
            runs.add(run(audit, p));
        }
        return JsonObject.builder().put("$schema", SCHEMA).put("version", "2.1.0").put("runs", new JsonArray(runs)).build();
    }

    private static JsonObject run(AuditRecord audit, AuditPillar p) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<JsonValue> results = new ArrayList<>();
        for (JsonValue v : p.findings().items()) {
            JsonObject f = (JsonObject) v;
            String rule = str(f, "rule_id");
            String sev = str(f, "severity");
            JsonObject.Builder r = JsonObject.builder();
            if (!rule.isEmpty()) {
                int idx = ruleIndex.computeIfAbsent(rule, k -> ruleIndex.size());
                r.put("ruleId", rule).put("ruleIndex", (long) idx);
            }
            r.put("level", level(sev));
            String msg = str(f, "message");
            r.put("message", JsonObject.builder().put("text", msg.isEmpty() ? "(no message)" : msg).build());
            JsonObject loc = location(str(f, "path"), num(f, "line"), num(f, "column"));
            if (loc != null) {
                r.put("locations", JsonArray.of(loc));
            }
            r.put("properties", JsonObject.builder().put("ophamin_severity", sev).build());
            results.add(r.build());
        }
        List<JsonValue> rules = new ArrayList<>();
        ruleIndex.keySet().forEach(id -> rules.add(JsonObject.builder().put("id", id).build()));
        JsonObject.Builder driver = JsonObject.builder().put("name", p.toolName().isEmpty() ? p.pillarName() : p.toolName());
        if (!p.toolVersion().isEmpty()) {
            driver.put("version", p.toolVersion());
        }
        driver.put("rules", new JsonArray(rules));
        JsonObject.Builder invocation = JsonObject.builder().put("executionSuccessful", p.status().equals("ok"));
        if (p.exitCode() != null) {
            invocation.put("exitCode", p.exitCode());
        }
        if (!p.errorMessage().isEmpty()) {
            invocation.put("toolExecutionNotifications", JsonArray.of(JsonObject.builder()
                    .put("level", p.status().equals("error") ? "error" : "warning")
                    .put("message", JsonObject.builder().put("text", p.errorMessage()).build()).build()));
        }
        return JsonObject.builder()
                .put("tool", JsonObject.builder().put("driver", driver.build()).build())
                .put("invocations", JsonArray.of(invocation.build()))
                .put("originalUriBaseIds", JsonObject.builder().put("SRCROOT", JsonObject.builder()
                        .put("uri", baseUri(audit.targetPath())).build()).build())
                .put("results", new JsonArray(results))
                .put("properties", JsonObject.builder().put("ophamin_pillar", p.pillarName())
                        .put("ophamin_status", p.status()).put("audit_id", audit.auditId()).build())
                .build();
    }

    /** SARIF's level for a severity bucket. */
    static String level(String severity) {
        return switch (severity) {
            case "critical", "high" -> "error";
            case "medium" -> "warning";
            case "low" -> "note";
            default -> "none";
        };
    }

    private static JsonObject location(String path, long line, long column) {
        if (path.isEmpty()) {
            return null;
        }
        JsonObject.Builder phys = JsonObject.builder().put("artifactLocation", JsonObject.builder()
                .put("uri", uriReference(path)).put("uriBaseId", "SRCROOT").build());
        if (line > 0) {
            JsonObject.Builder region = JsonObject.builder().put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
            phys.put("region", region.build());
        }
        return JsonObject.builder().put("physicalLocation", phys.build()).build();
    }

    /** A relative path as a URI reference (spaces and non-ASCII percent-encoded). */
    static String uriReference(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }

    /** The directory finding paths are relative to: a file target's parent, else the target itself. */
    private static String baseUri(String targetPath) {
        Path t = Path.of(targetPath);
        Path dir = java.nio.file.Files.isRegularFile(t) && t.getParent() != null ? t.getParent() : t;
        String s = dir.toUri().toASCIIString();
        return s.endsWith("/") ? s : s + "/";
    }

    private static String str(JsonObject o, String k) {
        return o.get(k) instanceof JsonString s ? s.value() : "";
    }

    private static long num(JsonObject o, String k) {
        return o.get(k) instanceof JsonInt i && i.fitsLong() ? i.longValue() : 0;
    }
}
