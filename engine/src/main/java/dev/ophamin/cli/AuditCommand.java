package dev.ophamin.cli;

import dev.ophamin.audit.AuditGate;
import dev.ophamin.audit.AuditPillars;
import dev.ophamin.audit.AuditRequest;
import dev.ophamin.audit.AuditRunner;
import dev.ophamin.audit.AuditService;
import dev.ophamin.audit.PillarRun;
import dev.ophamin.audit.StaticAnalysisPillar;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ophamin audit PATH}: static analysis into one signed AuditRecord. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Run static-analysis pillars over a source tree (or one file) and write one signed AuditRecord "
                + "(audit_<id16>.json unless --out). Built in: pmd, checkstyle (Java sources), spotbugs (class files "
                + "and jars); from PATH when installed: shellcheck, bandit, pylint. A pillar whose tool is missing is "
                + "recorded as unavailable, one that fails or passes --timeout as error; the record is written for the rest.",
            "With --gate the claim is pre-registered before any tool runs and its verdict recorded."},
        footer = {"%nGate metrics: total_findings, critical, high, medium, low, info, pillars_errored, pillar:NAME.",
            "%nExit codes: 0 written (and the gate VALIDATED); 1 the gate REFUTED; 2 bad usage or unreadable input "
                    + "(nothing written); 3 the gate INCONCLUSIVE (a pillar errored)."})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "The tree or file to audit.")
    Path path;

    @Option(names = "--pillar", paramLabel = "NAME", description = "Run this pillar (repeatable; default: every default pillar).")
    List<String> pillars = new ArrayList<>();

    @Option(names = "--sarif", paramLabel = "FILE", description = "Ingest a SARIF 2.1.0 log: one pillar per tool driver. Repeatable.")
    List<Path> sarif = new ArrayList<>();

    @Option(names = "--sarif-command", paramLabel = "NAME=CMD",
            description = "Run CMD in PATH (words split as a shell would, no shell) and ingest the SARIF it prints as pillar NAME. Repeatable.")
    List<String> sarifCommands = new ArrayList<>();

    @Option(names = "--pillar-config", paramLabel = "NAME=FILE",
            description = "The tool's own configuration for pillar NAME instead of its default rules (pmd, checkstyle, bandit, pylint). Repeatable.")
    Map<String, Path> configs = new java.util.LinkedHashMap<>();

    @Option(names = "--gate", paramLabel = "'METRIC OP VALUE'", description = "Pre-register a claim, e.g. 'high <= 0'.")
    String gate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Per-pillar timeout (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "Where to write the record (must not exist).")
    Path out;

    @Option(names = "--list-pillars", description = "List the registered pillars, their tools and severity maps, and exit.")
    boolean list;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Mixin
    KeyOptions keys;

    @Mixin
    ScenarioCommand.PluginOptions plugins;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (list) {
            return list(w);
        }
        if (path == null) {
            throw CliException.usage("PATH is required (the tree or file to audit)");
        }
        AuditRequest req;
        try {
            AuditRequest.Builder b = AuditRequest.builder(path).key(keys.signingKey(RecordKind.AUDIT))
                    .timeout(Duration.ofSeconds(timeoutSeconds)).out(out);
            pillars.forEach(b::pillar);
            sarif.forEach(b::sarif);
            sarifCommands.forEach(b::sarifCommand);
            configs.forEach(b::pillarConfig);
            plugins.dirs.forEach(b::pluginDir);
            if (gate != null) {
                b.gate(AuditGate.parse(gate));
            }
            req = b.build();
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        AuditService.Result r;
        try {
            r = new AuditService(ScenarioCommand.engineInfo()).audit(req, quiet ? AuditRunner.Listener.SILENT
                    : AuditRunner.Listener.to(spec.commandLine().getErr(), ""));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        } catch (IOException e) {
            throw CliException.usage((out != null ? out : Path.of(".")) + ": " + InputFiles.reason(e));
        }
        for (PillarRun p : r.runs()) {
            w.printf(Locale.ROOT, "%-14s %-12s %s%n", p.pillarName(), p.status().id(), switch (p.status()) {
                case OK -> String.format(Locale.ROOT, "%d findings (%.1f s) %s", p.findings().size(), p.wallTimeS(), p.toolVersion());
                default -> p.errorMessage();
            });
        }
        var s = r.record().summary();
        w.printf(Locale.ROOT, "audit %s: %d findings%s; %d run, %d unavailable, %d errored -> %s%n",
                r.record().auditId().substring(0, 16), s.totalFindings(), histogram(s.severityHistogram().members()),
                s.pillarsRun().size(), s.pillarsUnavailable().size(), s.pillarsErrored().size(), r.file());
        String outcome = r.outcome();
        if (outcome != null) {
            w.println("gate " + req.gate().describe() + ": " + outcome + " (observed "
                    + dev.ophamin.model.PythonFormat.str(req.gate().observe(s)) + ")");
        }
        w.flush();
        if (outcome == null || outcome.equals("VALIDATED")) {
            return ExitCode.OK;
        }
        return outcome.equals("REFUTED") ? ExitCode.FAILED : ExitCode.INCONCLUSIVE;
    }

    private int list(PrintWriter w) {
        AuditPillars registry;
        try {
            registry = AuditPillars.load(plugins.dirs);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        for (StaticAnalysisPillar p : registry.all()) {
            String why = p.unavailableReason();
            w.printf(Locale.ROOT, "%-12s %-12s %-8s %s%n    severity: %s%n", p.name(), p.toolName(),
                    p.runsByDefault() ? "default" : "", why == null ? "available" : "unavailable: " + why, p.severityMap());
        }
        w.flush();
        return ExitCode.OK;
    }

    private static String histogram(Map<String, JsonValue> h) {
        if (h.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        h.forEach((k, v) -> parts.add(k + " " + v));
        return " (" + String.join(", ", parts) + ")";
    }
}
