package dev.ophamin.audit.sarif;

import dev.ophamin.DecodeException;
import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.Finding;
import dev.ophamin.audit.Severity;
import dev.ophamin.audit.ToolJson;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SARIF 2.1.0 log read into findings, grouped by tool driver (runs of one driver merge). The
 * level is the result's, else its rule's default, else SARIF's {@code warning}; a numeric
 * {@code security-severity} property (result's, else rule's) overrides it. Suppressed results
 * and results whose kind is {@code pass} or {@code notApplicable} are not findings; each driver
 * counts them.
 */
public final class SarifLog {
    /** One driver's findings. */
    public record Driver(String name, String version, List<Finding> findings, long suppressed, long notFailures) {
    }

    private SarifLog() {
    }

    /**
     * Reads {@code bytes} as SARIF; IllegalArgumentException with a one-line reason when they are
     * not JSON, not SARIF 2.1.0, or a run has no driver name. Findings are named {@code pillar}
     * when it is not null, else after their driver.
     */
    public static List<Driver> read(byte[] bytes, AuditTarget target, String pillar) {
        JsonValue doc;
        try {
            doc = JsonReader.standard().read(bytes);
        } catch (DecodeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (!(doc instanceof JsonObject)) {
            throw new IllegalArgumentException("not a SARIF log (the top level is not an object)");
        }
        String version = ToolJson.str(doc, "version", null);
        if (!"2.1.0".equals(version)) {
            throw new IllegalArgumentException(version == null ? "not a SARIF log (no \"version\")"
                    : "SARIF version " + version + " is not supported (2.1.0 is)");
        }
        if (!(((JsonObject) doc).get("runs") instanceof dev.ophamin.canonical.JsonArray)) {
            throw new IllegalArgumentException("not a SARIF log (no \"runs\" array)");
        }
        Map<String, Driver> drivers = new LinkedHashMap<>();
        int i = 0;
        for (JsonValue run : ToolJson.arr(doc, "runs")) {
            JsonObject driver = ToolJson.obj(ToolJson.obj(run, "tool"), "driver");
            String name = ToolJson.str(driver, "name", null);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("runs[" + i + "].tool.driver has no name");
            }
            String ver = ToolJson.str(driver, "version", ToolJson.str(driver, "semanticVersion", ""));
            String findingPillar = pillar != null ? pillar : pillarName(name);
            Driver d = readRun(run, driver, target, findingPillar, name, ver);
            drivers.merge(name, d, (a, b) -> {
                List<Finding> all = new ArrayList<>(a.findings());
                all.addAll(b.findings());
                return new Driver(a.name(), a.version().isEmpty() ? b.version() : a.version(), all,
                        a.suppressed() + b.suppressed(), a.notFailures() + b.notFailures());
            });
            i++;
        }
        return List.copyOf(drivers.values());
    }

    /** A driver's name as a pillar name: lower case, runs of other characters as one '-'. */
    public static String pillarName(String driver) {
        String s = driver.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "sarif" : s;
    }

    private static Driver readRun(JsonValue run, JsonObject driver, AuditTarget target, String pillar, String name,
                                  String version) {
        List<JsonValue> rules = ToolJson.arr(driver, "rules");
        List<JsonValue> artifacts = ToolJson.arr(run, "artifacts");
        List<Finding> out = new ArrayList<>();
        long suppressed = 0;
        long notFailures = 0;
        for (JsonValue r : ToolJson.arr(run, "results")) {
            String kind = ToolJson.str(r, "kind", "fail");
            if (kind.equals("pass") || kind.equals("notApplicable")) {
                notFailures++;
                continue;
            }
            if (isSuppressed(r)) {
                suppressed++;
                continue;
            }
            JsonValue rule = rule(r, rules);
            String ruleId = ToolJson.str(r, "ruleId", ToolJson.str(ToolJson.obj(r, "rule"), "id",
                    ToolJson.str(rule, "id", "")));
            String level = ToolJson.str(r, "level",
                    ToolJson.str(ToolJson.obj(rule, "defaultConfiguration"), "level", "warning"));
            double sec = securitySeverity(r, rule);
            Severity severity = Double.isNaN(sec) ? levelSeverity(kind.equals("fail") ? level : "none")
                    : scoreSeverity(sec);
            JsonObject loc = ToolJson.obj(firstLocation(r), "physicalLocation");
            JsonObject region = ToolJson.obj(loc, "region");
            JsonObject.Builder extra = JsonObject.builder().put("level", level).put("kind", kind)
                    .put("tool", name);
            if (!Double.isNaN(sec)) {
                extra.put("security_severity", sec);
            }
            String help = ToolJson.str(rule, "helpUri", "");
            if (!help.isEmpty()) {
                extra.put("help_uri", help);
            }
            out.add(new Finding(pillar, ruleId, severity, message(r, rule, driver), path(loc, artifacts, target),
                    ToolJson.integer(region, "startLine", 0), ToolJson.integer(region, "startColumn", 0),
                    extra.build()));
        }
        return new Driver(name, version, out, suppressed, notFailures);
    }

    private static boolean isSuppressed(JsonValue r) {
        for (JsonValue s : ToolJson.arr(r, "suppressions")) {
            String status = ToolJson.str(s, "status", "accepted");
            if (status.equals("accepted")) {
                return true;
            }
        }
        return false;
    }

    private static JsonValue rule(JsonValue r, List<JsonValue> rules) {
        long idx = ToolJson.integer(r, "ruleIndex", ToolJson.integer(ToolJson.obj(r, "rule"), "index", -1));
        if (idx >= 0 && idx < rules.size()) {
            return rules.get((int) idx);
        }
        String id = ToolJson.str(r, "ruleId", null);
        for (JsonValue rule : rules) {
            if (id != null && id.equals(ToolJson.str(rule, "id", null))) {
                return rule;
            }
        }
        return null;
    }

    private static double securitySeverity(JsonValue r, JsonValue rule) {
        for (JsonObject props : new JsonObject[] {ToolJson.obj(r, "properties"), ToolJson.obj(rule, "properties")}) {
            if (props == null) {
                continue;
            }
            double d = ToolJson.number(props, "security-severity", Double.NaN);
            if (Double.isNaN(d)) {
                try {
                    d = Double.parseDouble(ToolJson.str(props, "security-severity", "NaN"));
                } catch (NumberFormatException e) {
                    d = Double.NaN;
                }
            }
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        return Double.NaN;
    }

    /** SARIF level: error -> high, warning -> medium, note -> low, none -> info. */
    static Severity levelSeverity(String level) {
        return switch (level) {
            case "error" -> Severity.HIGH;
            case "warning" -> Severity.MEDIUM;
            case "note" -> Severity.LOW;
            default -> Severity.INFO;
        };
    }

    /** security-severity: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low, else info. */
    static Severity scoreSeverity(double s) {
        if (s >= 9.0) {
            return Severity.CRITICAL;
        }
        if (s >= 7.0) {
            return Severity.HIGH;
        }
        if (s >= 4.0) {
            return Severity.MEDIUM;
        }
        return s > 0 ? Severity.LOW : Severity.INFO;
    }

    private static JsonValue firstLocation(JsonValue r) {
        List<JsonValue> locs = ToolJson.arr(r, "locations");
        return locs.isEmpty() ? null : locs.get(0);
    }

    private static String message(JsonValue r, JsonValue rule, JsonObject driver) {
        JsonObject m = ToolJson.obj(r, "message");
        String text = ToolJson.str(m, "text", null);
        if (text == null) {
            String id = ToolJson.str(m, "id", null);
            JsonObject strings = ToolJson.obj(ToolJson.obj(rule, "messageStrings"), id == null ? "" : id);
            if (strings == null) {
                strings = ToolJson.obj(ToolJson.obj(driver, "globalMessageStrings"), id == null ? "" : id);
            }
            text = ToolJson.str(strings, "text", id == null ? "" : id);
        }
        List<JsonValue> args = ToolJson.arr(m, "arguments");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof dev.ophamin.canonical.JsonString s) {
                text = text.replace("{" + i + "}", s.value());
            }
        }
        return text;
    }

    private static String path(JsonObject loc, List<JsonValue> artifacts, AuditTarget target) {
        JsonObject art = ToolJson.obj(loc, "artifactLocation");
        String uri = ToolJson.str(art, "uri", null);
        long idx = ToolJson.integer(art, "index", -1);
        if (uri == null && idx >= 0 && idx < artifacts.size()) {
            uri = ToolJson.str(ToolJson.obj(artifacts.get((int) idx), "location"), "uri", null);
        }
        if (uri == null) {
            return "";
        }
        if (uri.startsWith("file:")) {
            try {
                return target.relativize(Path.of(URI.create(uri)).toString());
            } catch (RuntimeException e) {
                return uri;
            }
        }
        String decoded;
        try {
            decoded = URI.create(uri).getPath();
        } catch (RuntimeException e) {
            decoded = uri;
        }
        return decoded == null ? uri : target.relativize(decoded);
    }
}
