package dev.ophamin.audit.sarif;

import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.Finding;
import dev.ophamin.audit.PillarException;
import dev.ophamin.audit.PillarOutput;
import dev.ophamin.audit.PillarSettings;
import dev.ophamin.audit.StaticAnalysisPillar;
import dev.ophamin.audit.ToolProcess;
import dev.ophamin.canonical.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --sarif-command NAME=COMMAND}: runs COMMAND (split into words as a shell would, no shell)
 * in the target directory and reads the SARIF log it writes to standard output. Any exit code is
 * accepted when the output is SARIF (linters exit non-zero on findings); otherwise the pillar
 * errs with the exit code and the first line of standard error.
 */
public final class SarifCommandPillar implements StaticAnalysisPillar {
    private final String name;
    private final List<String> command;
    private volatile String version = "";

    public SarifCommandPillar(String name, List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("--sarif-command " + name + "=: no command");
        }
        this.name = name;
        this.command = List.copyOf(command);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toolName() {
        return command.get(0);
    }

    /** The SARIF drivers' names and versions, known once the command has run. */
    @Override
    public String toolVersion() {
        return version;
    }

    @Override
    public String unavailableReason() {
        String exe = command.get(0);
        if (exe.contains("/")) {
            return java.nio.file.Files.isExecutable(java.nio.file.Path.of(exe)) ? null : exe + " is not executable";
        }
        return ToolProcess.onPath(exe) == null ? exe + " is not on PATH" : null;
    }

    @Override
    public String severityMap() {
        return SarifPillars.SEVERITY_MAP;
    }

    @Override
    public PillarOutput run(AuditTarget target, PillarSettings settings) throws Exception {
        ToolProcess.Result r = ToolProcess.run(command, target.base(), settings.timeout());
        List<SarifLog.Driver> drivers;
        try {
            drivers = SarifLog.read(r.stdout(), target, name);
        } catch (IllegalArgumentException e) {
            throw new PillarException(command.get(0) + " (exit " + r.exitCode() + ") did not write SARIF: "
                    + e.getMessage() + (r.stderrLine().isEmpty() ? "" : "; stderr: " + r.stderrLine()));
        }
        List<Finding> all = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        long suppressed = 0;
        long notFailures = 0;
        for (SarifLog.Driver d : drivers) {
            all.addAll(d.findings());
            versions.add(d.version().isEmpty() ? d.name() : d.name() + " " + d.version());
            suppressed += d.suppressed();
            notFailures += d.notFailures();
        }
        version = String.join(", ", versions);
        return new PillarOutput(all, r.stdout().length, r.stderr().length, (long) r.exitCode(), JsonObject.builder()
                .put("command", String.join(" ", command)).put("suppressed", suppressed)
                .put("not_failures", notFailures).build());
    }
}
