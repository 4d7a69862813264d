package dev.ophamin.audit.pillars;

import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.Finding;
import dev.ophamin.audit.PillarException;
import dev.ophamin.audit.PillarSettings;
import dev.ophamin.audit.Severity;
import dev.ophamin.audit.InProcessPillar;
import dev.ophamin.canonical.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PMDVersion;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/** PMD, in-process, over {@code *.java} files; the default rules are {@code dev/ophamin/audit/pmd-default.xml}. */
public final class PmdPillar extends InProcessPillar {
    static final String DEFAULT_RULES = "dev/ophamin/audit/pmd-default.xml";

    public PmdPillar() {
        super("pmd", "priority 1 -> critical, 2 -> high, 3 -> medium, 4 -> low, 5 -> info", true);
    }

    @Override
    public String toolVersion() {
        return "pmd " + PMDVersion.VERSION;
    }

    @Override
    protected List<Path> files(AuditTarget target) {
        return target.filesEndingWith(".java");
    }

    @Override
    protected void describe(AuditTarget target, PillarSettings settings, JsonObject.Builder extra) {
        extra.put("ruleset", settings.configFile() != null ? settings.configFile().getFileName().toString() : DEFAULT_RULES);
    }

    @Override
    protected List<Finding> analyse(AuditTarget target, List<Path> files, PillarSettings settings) throws PillarException {
        String rules = settings.configFile() != null ? settings.configFile().toString() : DEFAULT_RULES;
        PMDConfiguration config = new PMDConfiguration();
        config.setThreads(1);
        config.setIgnoreIncrementalAnalysis(true);
        config.addRuleSet(rules);
        CollectingReporter reporter = new CollectingReporter();
        config.setReporter(reporter);
        files.forEach(config::addInputPath);
        Report report;
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            if (pmd.getRulesets().isEmpty() || reporter.numErrors() > 0) {
                throw new PillarException("PMD could not load the rule set " + rules + reporter.firstError());
            }
            report = pmd.performAnalysisAndCollectReport();
        }
        if (!report.getConfigurationErrors().isEmpty()) {
            Report.ConfigurationError e = report.getConfigurationErrors().get(0);
            throw new PillarException("PMD rule " + e.rule().getName() + ": " + e.issue());
        }
        List<Finding> out = new ArrayList<>();
        for (RuleViolation v : report.getViolations()) {
            out.add(new Finding(name(), v.getRule().getName(), severity(v.getRule().getPriority().getPriority()),
                    v.getDescription(), target.relativize(v.getFileId().getAbsolutePath()), v.getBeginLine(),
                    v.getBeginColumn(), JsonObject.builder().put("ruleset", v.getRule().getRuleSetName())
                    .put("priority", (long) v.getRule().getPriority().getPriority())
                    .put("url", v.getRule().getExternalInfoUrl() == null ? "" : v.getRule().getExternalInfoUrl())
                    .build()));
        }
        // A file PMD could not parse is reported, not dropped: the findings would be incomplete.
        for (Report.ProcessingError e : report.getProcessingErrors()) {
            out.add(new Finding(name(), "ProcessingError", Severity.HIGH, e.getMsg(),
                    target.relativize(e.getFileId().getAbsolutePath()), 0, 0, JsonObject.EMPTY));
        }
        return out;
    }

    static Severity severity(int priority) {
        return switch (priority) {
            case 1 -> Severity.CRITICAL;
            case 2 -> Severity.HIGH;
            case 3 -> Severity.MEDIUM;
            case 4 -> Severity.LOW;
            default -> Severity.INFO;
        };
    }
}
