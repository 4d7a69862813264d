package dev.ophamin.cli;

import dev.ophamin.DecodeException;
import dev.ophamin.emit.AuthorKey;
import dev.ophamin.emit.AuthorKeyFile;
import dev.ophamin.emit.ProofSigner;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.SignedRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin sign}: recompute a record's id and signature and write it in the reference layout. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Recompute a record's id and signature (and attestation) and write it.",
                "Read a record of any kind (signed or not) through the typed model, recompute its id and HMAC "
                + "signature (with the one key given, else the kind's reference key) and, with --attest-key, its ed25519 "
                + "attestation; write it in the reference's file layout to stdout, OUT or in place.",
                "A still-valid attestation is kept; one the new body no longer matches is dropped, with a warning."},
        footer = {"%nExit codes: 0 written; 2 bad usage, or unreadable or invalid input (nothing is written)."})
public final class SignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeyOptions keys;

    @Option(names = "--attest-key", paramLabel = "FILE", description = "Author key file (from 'ophamin keys generate').")
    Path attestKey;

    @Option(names = "--author", paramLabel = "NAME", description = "The attesting author; must match the key file.")
    String author;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Write here (atomically; an existing file is refused).")
    Path out;

    @Option(names = "--in-place", description = "Replace FILE (atomically).")
    boolean inPlace;

    @Parameters(paramLabel = "FILE", description = "The record ('-' for standard input).")
    String file;

    @Override
    public Integer call() {
        if (out != null && inPlace) {
            throw CliException.usage("give -o OUT or --in-place, not both");
        }
        if (inPlace && "-".equals(file)) {
            throw CliException.usage("--in-place needs a FILE, not standard input");
        }
        if ((attestKey == null) != (author == null)) {
            throw CliException.usage("--attest-key and --author go together");
        }
        SignedRecord record;
        try {
            record = RecordFiles.parse(InputFiles.readAll(file));
        } catch (DecodeException | RecordFormatException e) {
            throw CliException.usage(InputFiles.display(file) + ": " + e.getMessage());
        }
        SignedRecord signed = RecordSigner.sign(record, keys.signingKey(record.kind()));
        if (signed instanceof ProofRecord) {
            ProofRecord proof = (ProofRecord) signed;
            if (attestKey != null) {
                proof = ProofSigner.attest(proof, authorKey());
            } else if (proof.attestation() != null && !ProofSigner.attestationValid(proof)) {
                spec.commandLine().getErr().println("ophamin: warning: " + InputFiles.display(file)
                        + ": attestation no longer matches the body and was dropped");
                proof = proof.withAttestation(null);
            }
            signed = proof;
        } else if (attestKey != null) {
            throw CliException.usage(InputFiles.display(file) + ": only proofs carry attestations, this is a "
                    + record.kind().id() + " record");
        }
        byte[] bytes = RecordFiles.bytes(signed);
        if (inPlace) {
            AtomicFiles.write(Path.of(file), bytes);
        } else if (out != null) {
            AtomicFiles.create(out, bytes);
        } else {
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
        }
        return ExitCode.OK;
    }

    private AuthorKey authorKey() {
        AuthorKey k;
        try {
            k = AuthorKeyFile.read(attestKey);
        } catch (IOException | RuntimeException e) {
            throw CliException.usage(attestKey + ": " + e.getMessage());
        }
        if (!k.author().equals(author)) {
            throw CliException.usage(attestKey + ": the key belongs to '" + k.author() + "', not '" + author + "'");
        }
        return k;
    }
}
