package dev.ophamin.audit.pillars;

import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.ExternalToolPillar;
import dev.ophamin.audit.Finding;
import dev.ophamin.audit.PillarException;
import dev.ophamin.audit.Severity;
import dev.ophamin.audit.ToolJson;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Bandit (Python security linter) over {@code *.py} files ({@code -f json}). */
public final class BanditPillar extends ExternalToolPillar {
    public BanditPillar() {
        super("bandit", "bandit", "apt-get install bandit, or pip install bandit", ".py");
    }

    @Override
    public boolean acceptsConfigFile() {
        return true;
    }

    @Override
    public String severityMap() {
        return "issue_severity HIGH -> high, MEDIUM -> medium, LOW -> low, UNDEFINED -> info";
    }

    @Override
    protected List<String> command(String binary, AuditTarget target, List<Path> files, Path config) {
        return commandLine(List.of(binary, "-q", "-f", "json"), "-c", config, files);
    }

    @Override
    protected boolean findingsExit(int code) {
        return code == 0 || code == 1;
    }

    @Override
    protected List<Finding> parse(byte[] stdout, AuditTarget target) throws PillarException {
        JsonValue doc = ToolJson.parse(stdout, "bandit output");
        List<Finding> out = new ArrayList<>();
        for (JsonValue r : ToolJson.arr(doc, "results")) {
            long col = ToolJson.integer(r, "col_offset", -1);
            JsonObject.Builder extra = JsonObject.builder()
                    .put("test_name", ToolJson.str(r, "test_name", ""))
                    .put("issue_confidence", ToolJson.str(r, "issue_confidence", ""))
                    .put("more_info", ToolJson.str(r, "more_info", ""));
            JsonObject cwe = ToolJson.obj(r, "issue_cwe");
            if (cwe != null) {
                extra.put("issue_cwe", cwe);
            }
            out.add(new Finding(name(), ToolJson.str(r, "test_id", ""), severity(ToolJson.str(r, "issue_severity", "")),
                    ToolJson.str(r, "issue_text", ""), target.relativize(ToolJson.str(r, "filename", "")),
                    ToolJson.integer(r, "line_number", 0), col < 0 ? 0 : col + 1, extra.build()));
        }
        List<JsonValue> errors = ToolJson.arr(doc, "errors");
        if (!errors.isEmpty()) {
            throw new PillarException("bandit could not read " + errors.size() + " file(s), first: "
                    + ToolJson.str(errors.get(0), "filename", "?") + ": " + ToolJson.str(errors.get(0), "reason", "?"));
        }
        return out;
    }

    static Severity severity(String s) {
        return switch (s) {
            case "HIGH" -> Severity.HIGH;
            case "MEDIUM" -> Severity.MEDIUM;
            case "LOW" -> Severity.LOW;
            default -> Severity.INFO;
        };
    }
}
