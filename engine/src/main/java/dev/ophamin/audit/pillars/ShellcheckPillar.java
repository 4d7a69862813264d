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

/** ShellCheck over {@code *.sh} and {@code *.bash} files ({@code -f json1}). */
public final class ShellcheckPillar extends ExternalToolPillar {
    public ShellcheckPillar() {
        super("shellcheck", "shellcheck", "apt-get install shellcheck", ".sh", ".bash");
    }

    @Override
    public String toolVersion() {
        String v = ToolVersion.lineStartingWith(List.of("shellcheck", "--version"), "version:");
        return v.isEmpty() ? "" : "shellcheck " + v.substring("version:".length()).strip();
    }

    @Override
    public String severityMap() {
        return "error -> high, warning -> medium, info -> low, style -> info";
    }

    @Override
    protected List<String> command(String binary, AuditTarget target, List<Path> files, Path config) {
        return commandLine(List.of(binary, "-f", "json1"), null, config, files);
    }

    @Override
    protected boolean findingsExit(int code) {
        return code == 0 || code == 1;
    }

    @Override
    protected List<Finding> parse(byte[] stdout, AuditTarget target) throws PillarException {
        List<Finding> out = new ArrayList<>();
        for (JsonValue c : ToolJson.arr(ToolJson.parse(stdout, "shellcheck output"), "comments")) {
            String level = ToolJson.str(c, "level", "");
            long code = ToolJson.integer(c, "code", 0);
            out.add(new Finding(name(), "SC" + code, severity(level), ToolJson.str(c, "message", ""),
                    target.relativize(ToolJson.str(c, "file", "")), ToolJson.integer(c, "line", 0),
                    ToolJson.integer(c, "column", 0), JsonObject.builder().put("level", level)
                    .put("end_line", ToolJson.integer(c, "endLine", 0))
                    .put("end_column", ToolJson.integer(c, "endColumn", 0)).build()));
        }
        return out;
    }

    static Severity severity(String level) {
        return switch (level) {
            case "error" -> Severity.HIGH;
            case "warning" -> Severity.MEDIUM;
            case "info" -> Severity.LOW;
            default -> Severity.INFO;
        };
    }
}
