package dev.ophamin.cli;

import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.Identity;
import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.model.VerdictTransition;
import dev.ophamin.record.RecordKind;
import dev.ophamin.regression.ProofSnapshot;
import dev.ophamin.regression.RegressionWatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin watch-proofs}: verdict regressions between two proof corpora. */
@Command(name = "watch-proofs", mixinStandardHelpOptions = true,
        description = {"Find verdict regressions between two proof corpora.",
                "Pair the proofs of two corpora by scenario and claim (docs/cli.md#watch-proofs), classify each "
                + "verdict change (regression: VALIDATED or INCONCLUSIVE to REFUTED; recovery: REFUTED to VALIDATED; "
                + "lateral; unchanged) and write a signed RegressionAlertRecord."},
        footer = {"%nExit codes: 0 no regression; 1 at least one regression; 2 bad usage or a directory that cannot be read."})
public final class WatchProofsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--before", required = true, paramLabel = "DIR", description = "The earlier proof corpus.")
    Path before;

    @Option(names = "--after", required = true, paramLabel = "DIR", description = "The later proof corpus.")
    Path after;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the alert (default: regression-alert-<id12>.json in the current directory).")
    Path out;

    @Mixin
    KeyOptions keys;

    @Option(names = "--no-sign", description = "Write the alert unsigned (empty signature).")
    boolean noSign;

    @Override
    public Integer call() {
        ProofSnapshot b = snapshot(before);
        ProofSnapshot a = snapshot(after);
        RegressionAlertRecord alert = RegressionWatch.compare(b, a, Identity.now(), dev.ophamin.build.BuildInfo.engine(), dev.ophamin.build.BuildInfo.gitCommit());
        if (!noSign) {
            alert = RecordSigner.sign(alert, keys.signingKey(RecordKind.REGRESSION_ALERT));
        }
        Path target = out != null ? out : Path.of("regression-alert-" + alert.alertId().substring(0, 12) + ".json");
        AtomicFiles.write(target, RecordFiles.bytes(alert));
        PrintWriter w = spec.commandLine().getOut();
        int regressions = 0;
        int recoveries = 0;
        int lateral = 0;
        for (VerdictTransition t : alert.transitions()) {
            switch (t.transitionClass()) {
                case "regression": regressions++; break;
                case "recovery": recoveries++; break;
                case "lateral": lateral++; break;
                default: continue;
            }
            w.printf("%-10s %s  %s -> %s  (%s -> %s)%n", t.transitionClass().toUpperCase(java.util.Locale.ROOT),
                    t.pairKey(), t.beforeVerdict(), t.afterVerdict(), t.beforePath(), t.afterPath());
        }
        w.printf("%d paired: %d regressions, %d recoveries, %d lateral, %d unchanged; %d only before, %d only after%n",
                alert.transitions().size(), regressions, recoveries, lateral,
                alert.transitions().size() - regressions - recoveries - lateral,
                alert.unmatchedInBefore().size(), alert.unmatchedInAfter().size());
        w.println("wrote " + target + (noSign ? " (unsigned)" : ""));
        w.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (ProofSnapshot s : new ProofSnapshot[] {b, a}) {
            s.unreadable().forEach(u -> err.println("ophamin: warning: " + s.root().resolve(u.split(":")[0]) + ": unreadable proof skipped"));
        }
        err.flush();
        return regressions > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private static ProofSnapshot snapshot(Path dir) {
        try {
            return ProofSnapshot.scan(dir);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
