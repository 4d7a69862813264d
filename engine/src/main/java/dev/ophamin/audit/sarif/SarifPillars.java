package dev.ophamin.audit.sarif;

import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.StaticAnalysisPillar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Pillars made from SARIF: {@code --sarif FILE} (one per driver) and {@code --sarif-command NAME=CMD}. */
public final class SarifPillars {
    /** The documented SARIF severity map. */
    public static final String SEVERITY_MAP = "level error -> high, warning -> medium, note -> low, none -> info; "
            + "a security-severity score overrides: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low";

    private SarifPillars() {
    }

    /** One pillar per tool driver of the file; IllegalArgumentException naming the file when it is unreadable or not SARIF. */
    public static List<StaticAnalysisPillar> fromFile(Path file, AuditTarget target) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        List<SarifLog.Driver> drivers;
        try {
            drivers = SarifLog.read(bytes, target, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        List<StaticAnalysisPillar> out = new ArrayList<>();
        for (SarifLog.Driver d : drivers) {
            out.add(new SarifDriverPillar(SarifLog.pillarName(d.name()), d, file.getFileName().toString()));
        }
        return out;
    }

    /** {@code NAME=COMMAND} parsed; IllegalArgumentException when it is malformed. */
    public static StaticAnalysisPillar fromCommand(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--sarif-command '" + spec + "': expected NAME=COMMAND");
        }
        String name = spec.substring(0, eq);
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("--sarif-command: bad pillar name '" + name
                    + "' (lower-case letters, digits and '-')");
        }
        return new SarifCommandPillar(name, ShellWords.split(spec.substring(eq + 1)));
    }
}
