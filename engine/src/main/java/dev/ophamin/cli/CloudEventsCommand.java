package dev.ophamin.cli;

import dev.ophamin.emit.RecordFiles;
import dev.ophamin.envelope.CloudEvent;
import dev.ophamin.envelope.EnvelopeException;
import dev.ophamin.model.ProofRecord;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ophamin cloudevents wrap|unwrap}: proofs as CloudEvents 1.0 (structured mode). */
@Command(name = "cloudevents", mixinStandardHelpOptions = true,
        description = "Wrap a proof as a CloudEvents 1.0 event (type dev.ophamin.proof.emitted.v1), or unwrap it.",
        subcommands = {CloudEventsCommand.Wrap.class, CloudEventsCommand.Unwrap.class})
public final class CloudEventsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** {@code ophamin cloudevents wrap FILE --source URI [--out F] [--force]}. */
    @Command(name = "wrap", mixinStandardHelpOptions = true,
            description = "Write the structured-mode event of a proof; the proof is carried unchanged as data.")
    static final class Wrap implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A proof record ('-' for standard input).")
        String file;

        @Option(names = "--source", required = true, paramLabel = "URI", description = "The event source (a URI-reference).")
        String source;

        @Mixin
        OutputFileOptions output = new OutputFileOptions();

        @Override
        public Integer call() {
            try {
                CloudEvent.checkSource(source);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--" + e.getMessage());
            }
            ProofRecord proof = EnvelopeCommand.readProof(file);
            output.write(CloudEvent.toBytes(CloudEvent.wrap(proof, source)));
            return ExitCode.OK;
        }
    }

    /** {@code ophamin cloudevents unwrap FILE [--out F] [--force]}. */
    @Command(name = "unwrap", mixinStandardHelpOptions = true, description = "Write the proof an event carries.")
    static final class Unwrap implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A CloudEvents JSON event ('-' for standard input).")
        String file;

        @Mixin
        OutputFileOptions output = new OutputFileOptions();

        @Override
        public Integer call() {
            ProofRecord proof;
            try {
                proof = CloudEvent.unwrap(EnvelopeCommand.readJson(file));
            } catch (EnvelopeException e) {
                throw CliException.usage(InputFiles.display(file) + ": " + e.getMessage());
            }
            output.write(RecordFiles.bytes(proof));
            return ExitCode.OK;
        }
    }
}
