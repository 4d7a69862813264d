package dev.ophamin.audit.pillars;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.Finding;
import dev.ophamin.audit.PillarException;
import dev.ophamin.audit.PillarSettings;
import dev.ophamin.audit.Severity;
import dev.ophamin.audit.InProcessPillar;
import dev.ophamin.canonical.JsonObject;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.xml.sax.InputSource;

/**
 * Checkstyle, in-process, over {@code *.java} files; the default checks are
 * {@code dev/ophamin/audit/checkstyle-default.xml}. The rule id is the check's name less
 * {@code Check} ({@code EqualsHashCode}), or the module id when the configuration sets one.
 */
public final class CheckstylePillar extends InProcessPillar {
    static final String DEFAULT_CONFIG = "dev/ophamin/audit/checkstyle-default.xml";

    public CheckstylePillar() {
        super("checkstyle", "error -> high, warning -> medium, info -> low, ignore -> info", true);
    }

    @Override
    public String toolVersion() {
        String v = Checker.class.getPackage().getImplementationVersion();
        return "checkstyle " + (v == null ? dev.ophamin.build.BuildInfo.checkstyle() : v);
    }

    @Override
    protected List<Path> files(AuditTarget target) {
        return target.filesEndingWith(".java");
    }

    @Override
    protected void describe(AuditTarget target, PillarSettings settings, JsonObject.Builder extra) {
        extra.put("config", settings.configFile() != null ? settings.configFile().getFileName().toString() : DEFAULT_CONFIG);
    }

    @Override
    protected List<Finding> analyse(AuditTarget target, List<Path> files, PillarSettings settings) throws Exception {
        Configuration config = load(settings.configFile());
        Checker checker = new Checker();
        Collector collector = new Collector(target);
        try {
            checker.setModuleClassLoader(Checker.class.getClassLoader());
            checker.configure(config);
            checker.addListener(collector);
            List<File> list = new ArrayList<>();
            files.forEach(f -> list.add(f.toFile()));
            checker.process(list);
        } catch (CheckstyleException e) {
            throw new PillarException("Checkstyle: " + oneLine(e));
        } finally {
            checker.destroy();
        }
        if (collector.exception != null) {
            throw new PillarException("Checkstyle failed on " + collector.exceptionFile + ": " + oneLine(collector.exception));
        }
        return collector.findings;
    }

    private static Configuration load(Path file) throws PillarException {
        Properties props = new Properties();
        props.putAll(System.getProperties());
        try (InputStream in = file != null ? Files.newInputStream(file)
                : CheckstylePillar.class.getClassLoader().getResourceAsStream(DEFAULT_CONFIG)) {
            if (in == null) {
                throw new PillarException("Checkstyle default configuration is missing from the class path");
            }
            return ConfigurationLoader.loadConfiguration(new InputSource(in), new PropertiesExpander(props),
                    ConfigurationLoader.IgnoredModulesOptions.OMIT);
        } catch (CheckstyleException | java.io.IOException e) {
            throw new PillarException("Checkstyle cannot load " + (file != null ? file : DEFAULT_CONFIG) + ": " + oneLine(e));
        }
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = (e.getMessage() == null ? e.toString() : e.getMessage())
                + (t != e && t.getMessage() != null ? " (" + t.getMessage() + ")" : "");
        return m.replace('\n', ' ').strip();
    }

    static Severity severity(String level) {
        return switch (level) {
            case "error" -> Severity.HIGH;
            case "warning" -> Severity.MEDIUM;
            case "info" -> Severity.LOW;
            default -> Severity.INFO;
        };
    }

    /** Turns Checkstyle's audit events into findings. */
    private final class Collector implements AuditListener {
        private final AuditTarget target;
        final List<Finding> findings = new ArrayList<>();
        Throwable exception;
        String exceptionFile;

        Collector(AuditTarget target) {
            this.target = target;
        }

        @Override
        public void addError(AuditEvent e) {
            String source = e.getSourceName();
            String check = source.substring(source.lastIndexOf('.') + 1);
            String rule = e.getModuleId() != null ? e.getModuleId()
                    : check.endsWith("Check") ? check.substring(0, check.length() - "Check".length()) : check;
            String level = e.getSeverityLevel().getName();
            findings.add(new Finding(name(), rule, severity(level), e.getMessage(), target.relativize(e.getFileName()),
                    e.getLine(), e.getColumn(), JsonObject.builder().put("check", source).put("severity", level)
                    .put("key", e.getViolation() == null ? "" : e.getViolation().getKey()).build()));
        }

        @Override
        public void addException(AuditEvent e, Throwable t) {
            if (exception == null) {
                exception = t;
                exceptionFile = target.relativize(e.getFileName());
            }
        }

        @Override
        public void auditStarted(AuditEvent e) {
        }

        @Override
        public void auditFinished(AuditEvent e) {
        }

        @Override
        public void fileStarted(AuditEvent e) {
        }

        @Override
        public void fileFinished(AuditEvent e) {
        }
    }
}
