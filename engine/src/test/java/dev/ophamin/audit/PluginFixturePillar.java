package dev.ophamin.audit;

import java.util.List;

/** A pillar loaded only through a test's plug-in jar: one finding per audit. */
public final class PluginFixturePillar implements StaticAnalysisPillar {
    @Override
    public String name() {
        return "plugin-fixture";
    }

    @Override
    public String toolName() {
        return "fixture";
    }

    @Override
    public String toolVersion() {
        return "fixture 1";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public String severityMap() {
        return "everything -> info";
    }

    @Override
    public boolean runsByDefault() {
        return false;
    }

    @Override
    public PillarOutput run(AuditTarget target, PillarSettings settings) {
        return PillarOutput.inProcess(List.of(new Finding(name(), "F1", Severity.INFO, "found by a plug-in",
                target.files().get(0), 1, 1, null)), null);
    }
}
