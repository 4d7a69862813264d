package dev.ophamin.audit.sarif;

import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.PillarOutput;
import dev.ophamin.audit.PillarSettings;
import dev.ophamin.audit.StaticAnalysisPillar;
import dev.ophamin.canonical.JsonObject;

/** One tool driver of a SARIF file given with {@code --sarif}: its findings were read up front. */
public final class SarifDriverPillar implements StaticAnalysisPillar {
    private final String name;
    private final SarifLog.Driver driver;
    private final String file;

    public SarifDriverPillar(String name, SarifLog.Driver driver, String file) {
        this.name = name;
        this.driver = driver;
        this.file = file;
    }

    /** The same driver under another pillar name (two files from one tool). */
    public SarifDriverPillar renamed(String newName) {
        return new SarifDriverPillar(newName, driver, file);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toolName() {
        return driver.name();
    }

    @Override
    public String toolVersion() {
        return driver.version().isEmpty() ? driver.name() : driver.name() + " " + driver.version();
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public String severityMap() {
        return SarifPillars.SEVERITY_MAP;
    }

    @Override
    public PillarOutput run(AuditTarget target, PillarSettings settings) {
        return PillarOutput.inProcess(driver.findings(), JsonObject.builder().put("sarif_file", file)
                .put("suppressed", driver.suppressed()).put("not_failures", driver.notFailures()).build());
    }
}
