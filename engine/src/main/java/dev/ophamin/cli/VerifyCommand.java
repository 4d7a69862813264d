package dev.ophamin.cli;

import dev.ophamin.verify.TrustedAuthors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ophamin verify}: is each record authentic? */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check that records are authentic (id, signature, attestation).",
                "Verify records: content id, HMAC signature, ed25519 attestation, and the refusal rules "
                + "of spec/RECORDS.md. Directories are walked for *.json; files there that are no record are "
                + "listed as skipped."},
        footer = {"%nExit codes: 0 every record ok; 1 any record not ok (malformed files included) or no record "
                + "found; 2 bad usage or a path that does not exist or cannot be read."})
public class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeyOptions keyOptions;

    @Option(names = "--trusted-authors", paramLabel = "FILE",
            description = "JSON object author -> 64-hex ed25519 public key; other attestations are untrusted.")
    Path trustedAuthors;

    @Option(names = "--allow-unsigned", description = "Accept records with an empty signature.")
    boolean allowUnsigned;

    @Option(names = "--strict", description = "Also demand JSON Schema and structural validity.")
    boolean strict;

    @Option(names = "--json", description = "One JSON object per record per line.")
    boolean json;

    @Mixin
    JobsOption jobs = new JobsOption();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Record files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        return run(strict);
    }

    /** Shared with {@code validate}, which always runs strict. */
    int run(boolean strictMode) {
        VerifyRun.Settings s = new VerifyRun.Settings(keyOptions.keys(),
                trustedAuthors == null ? null : readTrustedAuthors(trustedAuthors), allowUnsigned, strictMode, json,
                jobs.threads(), paths);
        return VerifyRun.run(s, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    static TrustedAuthors readTrustedAuthors(Path file) {
        byte[] bytes = InputFiles.readAll(file.toString());
        try {
            return TrustedAuthors.parse(bytes);
        } catch (dev.ophamin.DecodeException | IllegalArgumentException e) {
            throw CliException.usage(file + ": " + e.getMessage());
        }
    }
}
