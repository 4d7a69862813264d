package dev.ophamin.cli;

import dev.ophamin.conformance.Conformance;
import dev.ophamin.conformance.ReportFormat;
import dev.ophamin.conformance.Suite;
import dev.ophamin.conformance.SuiteReport;
import dev.ophamin.service.BouncyCastleEd25519;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ophamin conformance}: every fixture suite and shipped record, judged. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = {"Run every conformance suite and print a table.",
                "Run the conformance suites found in each --corpus directory: the project's canonical "
                + "fixtures and doubles, the reference's canonical fixtures, JSONTestSuite (against CPython's "
                + "verdicts), the RFC 8785 vectors, every record listed in a MANIFEST.tsv, and Project Wycheproof's ed25519 "
                + "(through the JDK's and BouncyCastle's verifiers) and HMAC-SHA256 vectors.",
                "Without --corpus: ./fixtures and ../shared/corpus, where they exist."},
        footer = {"%nExit codes: 0 every case as expected; 1 any unexpected result; 2 bad usage or no suite found."})
public final class ConformanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "A directory holding one or more suites. Repeatable.")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the JSON report to FILE.")
    Path report;

    @Option(names = "--implementation", paramLabel = "'COMMAND'",
            description = "Judge another implementation instead of this kit: COMMAND (split into words as a shell would, "
                    + "no shell) is started once and spoken to in the line protocol of spec/IMPLEMENTATION_PROTOCOL.md.")
    String implementation;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "With --implementation: how long one answer may take (default ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Override
    public Integer call() {
        List<Path> dirs = new ArrayList<>(corpora);
        if (dirs.isEmpty()) {
            for (Path p : List.of(Path.of("fixtures"), Path.of("..", "shared", "corpus"))) {
                if (Files.isDirectory(p)) {
                    dirs.add(p);
                }
            }
            if (dirs.isEmpty()) {
                throw CliException.usage("no corpus given and neither ./fixtures nor ../shared/corpus exists; use --corpus DIR");
            }
        }
        if (implementation != null) {
            return judgeImplementation(dirs);
        }
        List<Suite> suites = new ArrayList<>();
        for (Path d : dirs) {
            try {
                suites.addAll(Conformance.discover(List.of(d), java.util.Map.of(
                        "jdk", dev.ophamin.verify.Ed25519Check.jdk(), "bouncycastle", BouncyCastleEd25519.INSTANCE)));
            } catch (IllegalArgumentException e) {
                if (!corpora.isEmpty()) {
                    throw CliException.usage(e.getMessage());
                }
            }
        }
        if (suites.isEmpty()) {
            throw CliException.usage("no conformance suite found in " + dirs);
        }
        return print(Conformance.run(suites));
    }

    private int judgeImplementation(List<Path> dirs) {
        List<String> command;
        try {
            command = dev.ophamin.audit.sarif.ShellWords.split(implementation);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--implementation: " + e.getMessage());
        }
        if (command.isEmpty() || timeoutMs < 1) {
            throw CliException.usage(command.isEmpty() ? "--implementation: no command" : "--timeout-ms must be positive");
        }
        try (dev.ophamin.conformance.ProcessImplementation impl = new dev.ophamin.conformance.ProcessImplementation(
                command, java.time.Duration.ofMillis(timeoutMs))) {
            List<Suite> suites = dev.ophamin.conformance.ProtocolSuites.discover(dirs, impl);
            if (suites.isEmpty()) {
                throw CliException.usage("no conformance suite found in " + dirs);
            }
            return print(Conformance.run(suites));
        } catch (dev.ophamin.conformance.Implementation.ProtocolException
                 | dev.ophamin.conformance.ProtocolSuites.Broken e) {
            throw CliException.usage("implementation " + command.get(0) + ": " + e.getMessage());
        }
    }

    private int print(List<SuiteReport> reports) {
        String jsonText = ReportFormat.json(reports);
        if (report != null) {
            AtomicFiles.write(report, jsonText.getBytes(StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().print(json ? jsonText + "\n" : ReportFormat.table(reports));
        spec.commandLine().getOut().flush();
        return ReportFormat.allPassed(reports) ? ExitCode.OK : ExitCode.FAILED;
    }
}
