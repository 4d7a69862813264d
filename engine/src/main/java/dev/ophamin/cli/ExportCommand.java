package dev.ophamin.cli;

import dev.ophamin.emit.AtomicFiles;
import dev.ophamin.export.JunitExport;
import dev.ophamin.export.SarifExport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ophamin export sarif|junit}: records in the formats CI systems read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export records for other tools: an audit as SARIF 2.1.0, proofs as JUnit XML.",
        subcommands = {ExportCommand.Sarif.class, ExportCommand.Junit.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (sarif, junit)");
    }

    /** Writes to {@code out} atomically (replacing it), or to stdout when null. */
    static void emit(byte[] bytes, Path out) {
        if (out == null) {
            PrintStream o = System.out;
            o.write(bytes, 0, bytes.length);
            o.flush();
            return;
        }
        try {
            AtomicFiles.write(out, bytes, true);
        } catch (IOException e) {
            throw CliException.usage(out + ": " + InputFiles.reason(e));
        }
    }

    /** {@code export sarif AUDIT_FILE [-o OUT]}. */
    @Command(name = "sarif", mixinStandardHelpOptions = true,
            description = "An AuditRecord as a SARIF 2.1.0 log: one run per pillar, a result per finding.",
            footer = {"%nExit codes: 0 written; 2 the file is not a readable AuditRecord."})
    static final class Sarif implements Callable<Integer> {
        @Parameters(paramLabel = "AUDIT_FILE")
        Path file;

        @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Write here (default: standard output).")
        Path out;

        @Override
        public Integer call() {
            emit(SarifExport.bytes(AuditRecordCommand.read(file)), out);
            return ExitCode.OK;
        }
    }

    /** {@code export junit PATH [-o OUT]}. */
    @Command(name = "junit", mixinStandardHelpOptions = true,
            description = {"Proofs as JUnit XML: a testcase per claim; REFUTED fails, INCONCLUSIVE is skipped, a scenario "
                    + "a campaign could not run is an error. PATH is a proof, a campaign record (its proofs, with the "
                    + "corrected verdicts) or a directory of proofs."},
            footer = {"%nExit codes: 0 written; 2 PATH holds no proof or cannot be read."})
    static final class Junit implements Callable<Integer> {
        @Parameters(paramLabel = "PATH")
        Path path;

        @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Write here (default: standard output).")
        Path out;

        @Override
        public Integer call() {
            List<JunitExport.Case> cases;
            try {
                cases = JunitExport.casesOf(path);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            emit(JunitExport.xml(cases), out);
            return ExitCode.OK;
        }
    }
}
