package dev.ophamin.cli;

import dev.ophamin.campaign.Multiplicity;
import dev.ophamin.campaign.ScenarioRun;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.Outcome;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.render.ProofHtml;
import dev.ophamin.render.ProofMarkdown;
import dev.ophamin.report.CampaignReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin report FILE|DIR}: human reports of proofs and campaigns. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the report of a proof (proof.md / proof.html) or of a directory of proofs "
                + "(SUMMARY.json, REPORT.md, REPORT.html: verdict table, corrected verdicts, one figure per claim).",
            "For a directory holding a campaign record, its corrected verdicts and correction method are used."},
        footer = {"%nExit codes: 0 written; 2 bad usage, or unreadable or invalid input."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR")
    Path target;

    @Option(names = "--format", paramLabel = "md|html", description = "Only this format (default: both).")
    String format;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Where to write (default: next to the input).")
    Path outDir;

    @Override
    public Integer call() {
        if (format != null && !format.equals("md") && !format.equals("html")) {
            throw CliException.usage("--format must be md or html");
        }
        if (Files.isRegularFile(target)) {
            return proofReport();
        }
        List<TypedRecords.Loaded> proofs = TypedRecords.load(target);
        if (proofs.isEmpty()) {
            throw CliException.usage(target + ": no proof found");
        }
        Path out = outDir != null ? outDir : target;
        CampaignRecord campaign = findCampaign(target);
        String method = campaign == null ? "none" : campaign.multiplicityCorrectionMethod();
        Multiplicity.Result base = Multiplicity.correct(proofs.stream().map(TypedRecords.Loaded::proof).toList(), "none", 0.05);
        Map<String, Outcome> verdicts = new LinkedHashMap<>(base.verdicts());
        if (campaign != null) {
            campaign.correctedVerdicts().members().forEach((id, v) -> {
                if (verdicts.containsKey(id) && v instanceof JsonString) {
                    verdicts.put(id, Outcome.valueOf(((JsonString) v).value()));
                }
            });
        }
        int demoted = (int) verdicts.entrySet().stream().filter(e -> e.getValue() != base.verdicts().get(e.getKey())).count();
        Multiplicity.Result corr = new Multiplicity.Result(verdicts, Map.of(), base.familySize(), demoted);
        List<ScenarioRun> runs = new ArrayList<>();
        for (TypedRecords.Loaded l : proofs) {
            String tier = l.path().getParent() != null && l.path().getParent().getParent() != null
                    && l.path().getParent().getParent().getParent() != null
                    ? l.path().getParent().getParent().getParent().getFileName().toString() : "";
            runs.add(new ScenarioRun(dev.ophamin.service.ScenarioRuns.scenarioOf(l.proof()), tier, l.proof(), l.path().getParent(), null, 0));
        }
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw CliException.usage(out + ": " + InputFiles.reason(e));
        }
        try {
            CampaignReport.write(out, runs, corr, method, 0.05);
        } catch (java.io.UncheckedIOException e) {
            throw CliException.usage(e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + out.resolve("REPORT.md") + ", " + out.resolve("REPORT.html")
                + ", " + out.resolve("SUMMARY.json") + " (" + proofs.size() + " proofs)");
        return ExitCode.OK;
    }

    private int proofReport() {
        SignedRecord r;
        try {
            r = RecordFiles.read(target);
        } catch (Exception e) {
            throw CliException.usage(target + ": " + e.getMessage());
        }
        if (!(r instanceof ProofRecord)) {
            throw CliException.usage(target + ": a " + r.kind().id() + " record; report takes a proof or a directory");
        }
        ProofRecord p = (ProofRecord) r;
        Path out = outDir != null ? outDir : target.toAbsolutePath().getParent();
        String stem = target.getFileName().toString().replaceFirst("\\.json$", "");
        if (format == null || format.equals("md")) {
            AtomicFiles.write(out.resolve(stem + ".md"), ProofMarkdown.render(p).getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("wrote " + out.resolve(stem + ".md"));
        }
        if (format == null || format.equals("html")) {
            AtomicFiles.write(out.resolve(stem + ".html"), ProofHtml.render(p).getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("wrote " + out.resolve(stem + ".html"));
        }
        return ExitCode.OK;
    }

    private static CampaignRecord findCampaign(Path dir) {
        try (var s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("campaign-")).sorted().toList()) {
                SignedRecord r = RecordFiles.read(f);
                if (r instanceof CampaignRecord) {
                    return (CampaignRecord) r;
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }
}
