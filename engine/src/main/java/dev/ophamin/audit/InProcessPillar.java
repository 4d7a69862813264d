package dev.ophamin.audit;

import dev.ophamin.canonical.JsonObject;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared body of a pillar whose tool is a library on the class path: always available, the
 * files it looks at picked by extension (the tool is not started when there are none, and
 * {@code extra.files_analysed} says 0). A subclass gives the analysis.
 */
public abstract class InProcessPillar implements StaticAnalysisPillar {
    private final String name;
    private final String severityMap;
    private final boolean acceptsConfig;

    protected InProcessPillar(String name, String severityMap, boolean acceptsConfig) {
        this.name = name;
        this.severityMap = severityMap;
        this.acceptsConfig = acceptsConfig;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public String toolName() {
        return name;
    }

    @Override
    public final String unavailableReason() {
        return null;
    }

    @Override
    public final String severityMap() {
        return severityMap;
    }

    @Override
    public final boolean acceptsConfigFile() {
        return acceptsConfig;
    }

    @Override
    public final PillarOutput run(AuditTarget target, PillarSettings settings) throws Exception {
        List<Path> files = files(target);
        JsonObject.Builder extra = JsonObject.builder().put("files_analysed", (long) files.size());
        describe(target, settings, extra);
        if (files.isEmpty()) {
            return PillarOutput.inProcess(List.of(), extra.build());
        }
        return PillarOutput.inProcess(analyse(target, files, settings), extra.build());
    }

    /** The files the tool analyses. */
    protected abstract List<Path> files(AuditTarget target);

    /** Adds what the record should say about the run's set-up (rules, effort) to {@code extra}. */
    protected abstract void describe(AuditTarget target, PillarSettings settings, JsonObject.Builder extra);

    /** The tool's findings over {@code files} (never empty). */
    protected abstract List<Finding> analyse(AuditTarget target, List<Path> files, PillarSettings settings)
            throws Exception;
}
