package dev.ophamin.cli;

import dev.ophamin.campaign.CampaignOptions;
import dev.ophamin.campaign.CampaignResult;
import dev.ophamin.campaign.CampaignRunner;
import dev.ophamin.campaign.ScenarioRun;
import dev.ophamin.model.Outcome;
import dev.ophamin.record.RecordKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin run-all}: the campaign. */
@Command(name = "run-all", mixinStandardHelpOptions = true,
        description = {"Run every scenario as a campaign and write a signed CampaignRecord with reports.",
            "Phases, in order: seeing, measuring, comparing (multiplicity correction), instrumenting, auditing, reporting. "
                    + "Each ends ok, skipped or failed; a failed phase does not stop the others. Writes every proof bundle "
                    + "under OUT/proofs, OUT/campaign-<id12>.json, OUT/SUMMARY.json, OUT/REPORT.md and OUT/REPORT.html; with a source "
                    + "tree, OUT/audits/audit_<id16>.json."},
        footer = {"%nExit codes: 0 every phase ok or skipped; 1 a phase failed; 2 bad usage."})
public final class RunAllCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenarios", paramLabel = "A,B", split = ",", description = "Only these scenarios.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "A,B", split = ",", description = "Not these scenarios.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--substrate", paramLabel = "SPEC", description = "Substrate for scenarios that drive one (default mock).")
    String substrate;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Where everything goes (default campaigns/<UTC time>); must not exist or be empty.")
    Path outDir;

    @Option(names = "--fwer-method", paramLabel = "M", defaultValue = "holm", description = "holm (default), bh or none.")
    String fwerMethod;

    @Option(names = "--fwer-alpha", paramLabel = "A", defaultValue = "0.05", description = "Correction level (default ${DEFAULT-VALUE}).")
    double fwerAlpha;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of every scenario (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reproducible", description = "Fixed timestamps in every record (see scenario run).")
    boolean reproducible;

    @Option(names = "--source", paramLabel = "DIR",
            description = "Audit this source tree in the auditing phase with the default audit pillars (default: the "
                    + "substrate's declared source_dir; without either the phase is skipped).")
    Path source;

    @Mixin
    KeyOptions keys;

    @Mixin
    ScenarioCommand.PluginOptions plugins;

    @Override
    public Integer call() {
        Path out = outDir != null ? outDir : Path.of("campaigns",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")));
        if (Files.exists(out) && !isEmptyDir(out)) {
            throw CliException.usage(out + ": exists and is not empty (choose another --out-dir)");
        }
        if (source != null && !Files.exists(source)) {
            throw CliException.usage(source + ": no such file or directory (--source)");
        }
        CampaignRunner runner = new CampaignRunner(plugins.registry(), ScenarioCommand.engineInfo(), System.getenv(),
                spec.commandLine().getErr());
        CampaignOptions o;
        try {
            o = new CampaignOptions(scenarios, skip, substrate, out, fwerMethod, fwerAlpha, seed, reproducible,
                    keys.signingKey(RecordKind.CAMPAIGN), source);
            runner.select(o);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        CampaignResult r;
        try {
            r = runner.run(o);
        } catch (IOException e) {
            throw CliException.usage(out + ": " + InputFiles.reason(e));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%-32s %-14s %-14s %s%n", "scenario", "verdict", "corrected", "proof");
        for (ScenarioRun run : r.runs()) {
            if (run.ok()) {
                Outcome c = r.correction().verdicts().get(run.proof().proofId());
                w.printf("%-32s %-14s %-14s %s%n", run.scenario(), run.proof().verdict().outcome(), c,
                        run.bundle().resolve("proof.json"));
            } else {
                w.printf("%-32s %-14s %-14s %s%n", run.scenario(), "FAILED", "", run.error());
            }
        }
        w.println("campaign " + r.record().campaignId().substring(0, 12) + ": " + r.recordFile() + "  (reports: "
                + out.resolve("REPORT.md") + ", " + out.resolve("REPORT.html") + ")");
        w.flush();
        return r.anyPhaseFailed() ? ExitCode.FAILED : ExitCode.OK;
    }

    private static boolean isEmptyDir(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

}
