package dev.ophamin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code ophamin} command. */
@Command(
        name = "ophamin",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Ophamin for the JVM: canonical form, proof-record verification and emission, "
                + "and the scenario engine.",
        subcommands = {
            RunAllCommand.class,
            ScenarioCommand.class,
            AuditCommand.class,
            AuditRecordCommand.class,
            ExportCommand.class,
            DriftDetectCommand.class,
            AnalysisCommands.DriftReportCommand.class,
            AnalysisCommands.Summarize.class,
            AnalysisCommands.Diagnose.class,
            AnalysisCommands.Analyze.class,
            AnalysisCommands.Posterior.class,
            AnalysisCommands.LineageCommand.class,
            CorpusCommand.class,
            SubstrateCommand.class,
            PillarCommand.class,
            CanonicalizeCommand.class,
            VerifyCommand.class,
            ValidateCommand.class,
            ConformanceCommand.class,
            ProofCommand.class,
            WatchProofsCommand.class,
            CorrectCommand.class,
            ReportCommand.class,
            SignCommand.class,
            KeysCommand.class,
            ServeCommand.class,
            McpCommand.class,
            EnvelopeCommand.class,
            CloudEventsCommand.class,
            SbomCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  a verification or claim failed",
            "  2  bad usage, or unreadable or invalid input",
            "  3  a scenario run was INCONCLUSIVE",
            " 70  internal error",
        })
public final class OphaminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
