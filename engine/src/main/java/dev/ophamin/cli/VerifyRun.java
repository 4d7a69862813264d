package dev.ophamin.cli;

import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.schema.RecordSchemas;
import dev.ophamin.service.BouncyCastleEd25519;
import dev.ophamin.service.VerificationReport;
import dev.ophamin.service.VerificationTally;
import dev.ophamin.verify.AttestationOutcome;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.TrustedAuthors;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A verify of files and directories and its report, whoever read the command line: picocli for
 * {@code verify} and {@code validate} with any option, {@link QuickVerify} for the plain forms.
 */
final class VerifyRun {
    private VerifyRun() {
    }

    /** What to verify and how; {@code trusted} is null when every valid attestation counts. */
    record Settings(List<HmacKey> keys, TrustedAuthors trusted, boolean allowUnsigned, boolean strict, boolean json,
                    int threads, List<Path> paths) {
    }

    static int run(Settings s, PrintWriter out, PrintWriter err) {
        // the text output shows no structural problems of ok records: let the verifier skip them
        Verifier.Builder b = BouncyCastleEd25519.verifierBuilder().allowUnsigned(s.allowUnsigned()).strict(s.strict())
                .diagnostics(s.json());
        s.keys().forEach(b::key);
        if (s.trusted() != null) {
            b.trustedAuthors(s.trusted());
        }
        if (s.strict()) {
            b.schemaCheck(new RecordSchemas());
        }
        Verifier verifier = b.build();
        List<RecordTargets.Target> targets = RecordTargets.collect(s.paths());
        VerificationTally tally = new VerificationTally();
        boolean json = s.json();
        List<Path> files = targets.stream().map(RecordTargets.Target::path).toList();
        int[] next = {0};
        try {
            verifier.verifyFiles(files, s.threads(), v -> print(out, json, tally, new Outcome(targets.get(next[0]++),
                    v.result(), v.readError() == null ? null : InputFiles.reason(v.readError()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.FAILED, "interrupted");
        }
        if (!s.json()) {
            out.println(tally.summary());
        }
        out.flush();
        if (tally.unreadable() > 0) {
            return ExitCode.USAGE;
        }
        if (tally.records() == 0) {
            err.println("ophamin: no record found in " + s.paths());
            return ExitCode.FAILED;
        }
        return tally.anyNotOk() ? ExitCode.FAILED : ExitCode.OK;
    }

    /** One judged file. */
    record Outcome(RecordTargets.Target target, VerificationResult result, String ioError) {
    }

    private static void print(PrintWriter out, boolean json, VerificationTally tally, Outcome o) {
        String status = VerificationReport.status(o.result(), o.target().explicit());
        tally.count(status, o.result() != null && o.result().ok(), o.ioError() != null);
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
            return column(status).append(path).append("  ").append(o.ioError()).toString();
        }
        if (!r.isRecord()) {
            return column(status).append(path).append("  ").append(r.error()).toString();
        }
        StringBuilder sb = column(status).append(r.kind().id()).append("  ").append(path);
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

    /** The status padded to its column, as {@code %-8s } would (without a formatter per line). */
    private static StringBuilder column(String status) {
        StringBuilder sb = new StringBuilder(160).append(status);
        do {
            sb.append(' ');
        } while (sb.length() < 9);
        return sb;
    }
}
