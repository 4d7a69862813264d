package dev.ophamin.cli;

import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.schema.RecordSchemas;
import dev.ophamin.service.BouncyCastleEd25519;
import dev.ophamin.service.VerificationReport;
import dev.ophamin.verify.AttestationOutcome;
import dev.ophamin.verify.TrustedAuthors;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        int threads = jobs.threads();
        // the text output shows no structural problems of ok records: let the verifier skip them
        Verifier.Builder b = BouncyCastleEd25519.verifierBuilder().allowUnsigned(allowUnsigned).strict(strictMode)
                .diagnostics(json);
        keyOptions.keys().forEach(b::key);
        if (trustedAuthors != null) {
            b.trustedAuthors(readTrustedAuthors(trustedAuthors));
        }
        if (strictMode) {
            b.schemaCheck(new RecordSchemas());
        }
        Verifier verifier = b.build();
        List<RecordTargets.Target> targets = RecordTargets.collect(paths);
        PrintWriter out = spec.commandLine().getOut();
        Tally tally = new Tally();
        List<Path> files = targets.stream().map(RecordTargets.Target::path).toList();
        int[] next = {0};
        try {
            verifier.verifyFiles(files, threads, v -> print(out, tally, new Outcome(targets.get(next[0]++), v.result(),
                    v.readError() == null ? null : InputFiles.reason(v.readError()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.FAILED, "interrupted");
        }
        if (!json) {
            out.println(tally.summary());
        }
        out.flush();
        if (tally.unreadable > 0) {
            return ExitCode.USAGE;
        }
        if (tally.records() == 0) {
            spec.commandLine().getErr().println("ophamin: no record found in " + paths);
            return ExitCode.FAILED;
        }
        return tally.failed + tally.errors + tally.unsignedRefused > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    static TrustedAuthors readTrustedAuthors(Path file) {
        byte[] bytes = InputFiles.readAll(file.toString());
        try {
            return TrustedAuthors.parse(bytes);
        } catch (dev.ophamin.DecodeException | IllegalArgumentException e) {
            throw CliException.usage(file + ": " + e.getMessage());
        }
    }

    /** One judged file. */
    record Outcome(RecordTargets.Target target, VerificationResult result, String ioError) {
    }

    private void print(PrintWriter out, Tally tally, Outcome o) {
        String status = tally.count(o);
        if (json) {
            out.println(new String(PythonJsonWriter.toBytes(VerificationReport.json(o.target().path().toString(), status,
                    o.result(), o.ioError()), PythonJsonWriter.Layout.CANONICAL),
                    StandardCharsets.UTF_8));
        } else {
            out.println(textLine(o, status));
        }
    }

    private static String textLine(Outcome o, String status) {
        String path = o.target().path().toString();
        VerificationResult r = o.result();
        if (o.ioError() != null) {
            return String.format("%-8s %s  %s", status, path, o.ioError());
        }
        if (!r.isRecord()) {
            return String.format("%-8s %s  %s", status, path, r.error());
        }
        StringBuilder sb = new StringBuilder(String.format("%-8s %s  %s", status, r.kind().id(), path));
        if (r.ok()) {
            if (r.keyLabel() != null) {
                sb.append("  key=").append(r.keyLabel());
            }
            if (r.attestation() == AttestationOutcome.VALID) {
                sb.append("  attested-by=").append(r.attestationAuthor());
            }
        } else {
            sb.append("  ").append(String.join("; ", r.reasons()));
        }
        return sb.toString();
    }

    /** Counts outcomes and names each line's status. */
    private final class Tally {
        int ok;
        int unsignedOk;
        int unsignedRefused;
        int failed;
        int errors;
        int skipped;
        int unreadable;

        String count(Outcome o) {
            VerificationResult r = o.result();
            String status = VerificationReport.status(r, o.target().explicit());
            switch (status) {
                case "ERROR" -> {
                    if (o.ioError() != null) {
                        unreadable++;
                    } else {
                        errors++;
                    }
                }
                case "SKIPPED" -> skipped++;
                case "UNSIGNED" -> {
                    if (r.ok()) {
                        unsignedOk++;
                    } else {
                        unsignedRefused++;
                    }
                }
                case "OK" -> ok++;
                default -> failed++;
            }
            return status;
        }

        int records() {
            return ok + unsignedOk + unsignedRefused + failed + errors + unreadable;
        }

        String summary() {
            return String.format("%d checked: %d ok, %d unsigned%s, %d failed, %d errors, %d skipped",
                    records(), ok, unsignedOk + unsignedRefused,
                    unsignedOk > 0 ? " (allowed)" : "", failed, errors + unreadable, skipped);
        }
    }
}
