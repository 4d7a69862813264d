package dev.ophamin.audit;

import dev.ophamin.canonical.JsonObject;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared body of a pillar that runs a tool found on PATH: availability with an install hint,
 * the version from {@code --version}, the files it looks at picked by extension (the tool is not
 * started when there are none), the run with its timeout, and the exit codes that mean "findings"
 * rather than "failure". A subclass gives the command line and the parser.
 */
public abstract class ExternalToolPillar implements StaticAnalysisPillar {
    private final String name;
    private final String binary;
    private final String installHint;
    private final List<String> extensions;
    private volatile String version;

    protected ExternalToolPillar(String name, String binary, String installHint, String... extensions) {
        this.name = name;
        this.binary = binary;
        this.installHint = installHint;
        this.extensions = List.of(extensions);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String toolName() {
        return binary;
    }

    @Override
    public String unavailableReason() {
        return ToolProcess.onPath(binary) == null ? binary + " is not on PATH (install: " + installHint + ")" : null;
    }

    @Override
    public String toolVersion() {
        String v = version;
        if (v == null) {
            v = ToolProcess.versionLine(List.of(binary, "--version"), Path.of("."));
            version = v;
        }
        return v;
    }

    @Override
    public final PillarOutput run(AuditTarget target, PillarSettings settings) throws Exception {
        List<Path> files = target.filesEndingWith(extensions.toArray(new String[0]));
        JsonObject extra = JsonObject.builder().put("files_analysed", (long) files.size())
                .put("extensions", String.join(" ", extensions)).build();
        if (files.isEmpty()) {
            return new PillarOutput(List.of(), 0, 0, null, extra);
        }
        ToolProcess.Result r = ToolProcess.run(command(binary, target, files, settings.configFile()), target.base(),
                settings.timeout());
        if (!findingsExit(r.exitCode())) {
            throw new PillarException(binary + " exited with " + r.exitCode()
                    + (r.stderrLine().isEmpty() ? "" : ": " + r.stderrLine()));
        }
        return new PillarOutput(parse(r.stdout(), target), r.stdout().length, r.stderr().length, (long) r.exitCode(),
                extra);
    }

    /**
     * The command line: the tool, its options (with {@code config} when the pillar accepts one and
     * it was given, else null) and the files (absolute paths).
     */
    protected abstract List<String> command(String binary, AuditTarget target, List<Path> files, Path config);

    /**
     * {@code options}, then {@code configOption config} when a configuration file was given, then
     * the files: the shape of most tools' command lines.
     */
    protected static List<String> commandLine(List<String> options, String configOption, Path config, List<Path> files) {
        List<String> c = new java.util.ArrayList<>(options);
        if (config != null) {
            c.add(configOption);
            c.add(config.toString());
        }
        files.forEach(f -> c.add(f.toString()));
        return c;
    }

    /** Whether the tool exiting with {@code code} means it ran (with or without findings). */
    protected abstract boolean findingsExit(int code);

    /** The findings in the tool's standard output. */
    protected abstract List<Finding> parse(byte[] stdout, AuditTarget target) throws PillarException;
}
