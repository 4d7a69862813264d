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

/** Pylint over {@code *.py} files ({@code --output-format=json}, the tool's default checks). */
public final class PylintPillar extends ExternalToolPillar {
    public PylintPillar() {
        super("pylint", "pylint", "apt-get install pylint, or pip install pylint", ".py");
    }

    @Override
    public boolean acceptsConfigFile() {
        return true;
    }

    @Override
    public String severityMap() {
        return "fatal -> critical, error -> high, warning -> medium, refactor -> low, convention -> low, info -> info";
    }

    @Override
    protected List<String> command(String binary, AuditTarget target, List<Path> files, Path config) {
        return commandLine(List.of(binary, "--output-format=json", "--persistent=n", "--score=n"), "--rcfile", config, files);
    }

    @Override
    protected boolean findingsExit(int code) {
        return code >= 0 && code < 32;
    }

    @Override
    protected List<Finding> parse(byte[] stdout, AuditTarget target) throws PillarException {
        List<Finding> out = new ArrayList<>();
        JsonValue doc = ToolJson.parse(stdout.length == 0 ? "[]".getBytes() : stdout, "pylint output");
        if (!(doc instanceof dev.ophamin.canonical.JsonArray a)) {
            throw new PillarException("pylint output is not a JSON array");
        }
        for (JsonValue m : a.items()) {
            String type = ToolJson.str(m, "type", "");
            out.add(new Finding(name(), ToolJson.str(m, "message-id", ""), severity(type), ToolJson.str(m, "message", ""),
                    target.relativize(ToolJson.str(m, "path", "")), ToolJson.integer(m, "line", 0),
                    ToolJson.integer(m, "column", -1) + 1, JsonObject.builder().put("symbol", ToolJson.str(m, "symbol", ""))
                    .put("type", type).put("module", ToolJson.str(m, "module", ""))
                    .put("obj", ToolJson.str(m, "obj", "")).build()));
        }
        return out;
    }

    static Severity severity(String type) {
        return switch (type) {
            case "fatal" -> Severity.CRITICAL;
            case "error" -> Severity.HIGH;
            case "warning" -> Severity.MEDIUM;
            case "refactor", "convention" -> Severity.LOW;
            default -> Severity.INFO;
        };
    }
}
