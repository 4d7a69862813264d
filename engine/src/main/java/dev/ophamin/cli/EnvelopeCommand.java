package dev.ophamin.cli;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.envelope.EnvelopeException;
import dev.ophamin.envelope.InTotoEnvelope;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.HmacKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ophamin envelope wrap|unwrap}: proofs in in-toto DSSE envelopes. */
@Command(name = "envelope", mixinStandardHelpOptions = true,
        description = "Wrap a proof in an in-toto DSSE envelope, or take it out again.",
        subcommands = {EnvelopeCommand.Wrap.class, EnvelopeCommand.Unwrap.class})
public final class EnvelopeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** Reads a file as JSON; exit 2 naming the file when it cannot be read or parsed. */
    static JsonValue readJson(String file) {
        try {
            return JsonReader.standard().read(InputFiles.readAll(file));
        } catch (DecodeException e) {
            throw CliException.usage(InputFiles.display(file) + ": " + e.getMessage());
        }
    }

    /** Reads a proof file through the typed model; exit 2 when it is not a consistent proof. */
    static ProofRecord readProof(String file) {
        return readProof(file, true);
    }

    /** Like {@link #readProof(String)}; a stale proof id is accepted when {@code requireId} is false. */
    static ProofRecord readProof(String file, boolean requireId) {
        byte[] bytes = InputFiles.readAll(file);
        SignedRecord r;
        try {
            r = RecordFiles.parse(bytes);
        } catch (DecodeException | RecordFormatException e) {
            throw CliException.usage(InputFiles.display(file) + ": " + e.getMessage());
        }
        if (!(r instanceof ProofRecord)) {
            throw CliException.usage(InputFiles.display(file) + ": is a " + r.kind().id() + " record, not a proof");
        }
        if (requireId && !r.computeId().equals(r.id())) {
            throw CliException.usage(InputFiles.display(file) + ": proof_id does not match the body (sign it again)");
        }
        return (ProofRecord) r;
    }

    /** {@code ophamin envelope wrap FILE [--out F] [--force] [--key ...]}. */
    @Command(name = "wrap", mixinStandardHelpOptions = true,
            description = "Write the in-toto DSSE envelope of a proof (HMAC-signed PAE, keyid \"\").")
    static final class Wrap implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A proof record ('-' for standard input).")
        String file;

        @Mixin
        OutputFileOptions output = new OutputFileOptions();

        @Mixin
        KeyOptions keys;

        @Override
        public Integer call() {
            ProofRecord proof = readProof(file);
            HmacKey k = keys.signingKey(RecordKind.PROOF);
            output.write(InTotoEnvelope.toBytes(InTotoEnvelope.wrap(proof, k)));
            return ExitCode.OK;
        }
    }

    /** {@code ophamin envelope unwrap FILE [--out F] [--force] [--key ...]}. */
    @Command(name = "unwrap", mixinStandardHelpOptions = true,
            description = {"Write the proof inside an envelope, after checking the envelope signature under the key.",
                "Exit 1 when the signature does not match."})
    static final class Unwrap implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "An envelope ('-' for standard input).")
        String file;

        @Mixin
        OutputFileOptions output = new OutputFileOptions();

        @Mixin
        KeyOptions keys;

        @Override
        public Integer call() {
            JsonValue doc = readJson(file);
            HmacKey k = keys.signingKey(RecordKind.ENVELOPE);
            ProofRecord proof;
            try {
                proof = InTotoEnvelope.unwrap(doc, null);
            } catch (EnvelopeException e) {
                throw CliException.usage(InputFiles.display(file) + ": " + e.getMessage());
            }
            try {
                InTotoEnvelope.unwrap(doc, k);
            } catch (EnvelopeException e) {
                throw new CliException(ExitCode.FAILED, InputFiles.display(file) + ": " + e.getMessage());
            }
            output.write(RecordFiles.bytes(proof));
            return ExitCode.OK;
        }
    }
}
