package dev.ophamin.cli;

import dev.ophamin.analysis.AnalysisFiles;
import dev.ophamin.analysis.CorpusSummary;
import dev.ophamin.analysis.Diagnosis;
import dev.ophamin.analysis.DriftReport;
import dev.ophamin.analysis.PosteriorSequence;
import dev.ophamin.analysis.ProofCorpus;
import dev.ophamin.analysis.Trajectory;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.regression.PairingKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands that read a corpus of proofs: summarize, diagnose, analyze, drift-report, posterior (docs/analysis.md). */
final class AnalysisCommands {
    private AnalysisCommands() {
    }

    static ProofCorpus corpus(Path dir) {
        try {
            return ProofCorpus.scan(dir);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    static void print(CommandSpec spec, String text) {
        PrintWriter w = spec.commandLine().getOut();
        w.print(text);
        w.flush();
    }

    static String json(JsonObject o) {
        return new String(PythonJsonWriter.toBytes(o, PythonJsonWriter.Layout.INDENT2), StandardCharsets.UTF_8) + "\n";
    }

    /** {@code --across DIR} (the corpus) and {@code --out DIR} (where files go), shared by analyze and posterior. */
    static final class CorpusOutput {
        @Option(names = "--across", required = true, paramLabel = "DIR", description = "The corpus.")
        Path across;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "analysis", description = "Where the files go (default ${DEFAULT-VALUE}).")
        Path out;

        ProofCorpus corpus() {
            return AnalysisCommands.corpus(across);
        }

        /** Runs {@code write}, turning an I/O failure into a one-line usage error naming --out. */
        List<Path> write(Writer write) {
            try {
                return write.to(out);
            } catch (IOException e) {
                throw CliException.usage(out + ": " + InputFiles.reason(e));
            }
        }

        interface Writer {
            List<Path> to(Path dir) throws IOException;
        }
    }

    /** {@code summarize DIR [--json]}. */
    @Command(name = "summarize", mixinStandardHelpOptions = true,
            description = "Count a corpus's proofs by scenario, tier and verdict (corrected verdicts where a campaign "
                    + "carries them) and list the newest proof of each claim.",
            footer = {"%nExit codes: 0 printed; 2 DIR is not a readable directory."})
    static final class Summarize implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--json", description = "Print JSON instead of tables.")
        boolean json;

        @Override
        public Integer call() {
            JsonObject s = CorpusSummary.of(corpus(dir));
            print(spec, json ? json(s) : CorpusSummary.text(s));
            return ExitCode.OK;
        }
    }

    /** {@code diagnose PROOF [--across DIR]}. */
    @Command(name = "diagnose", mixinStandardHelpOptions = true,
            description = "Explain one proof: its claim, the verdict's arithmetic, the pre-registration, the evidence, "
                    + "the same claim's other proofs in a corpus and how their verdicts moved, and how to reproduce it.",
            footer = {"%nExit codes: 0 printed; 2 PROOF is not a readable proof or DIR not a directory."})
    static final class Diagnose implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PROOF")
        Path file;

        @Option(names = "--across", paramLabel = "DIR",
                description = "The corpus to look for the claim in (default: the proofs/ directory above PROOF, if any).")
        Path across;

        @Override
        public Integer call() {
            SignedRecord r = AuditRecordCommand.readRecord(file);
            if (!(r instanceof ProofRecord p)) {
                throw CliException.usage(file + ": not a proof record");
            }
            Path root = across != null ? across : proofsRoot(file);
            ProofCorpus c = root == null ? null : corpus(root);
            Path rel = root == null ? file.getFileName() : root.toAbsolutePath().normalize()
                    .relativize(file.toAbsolutePath().normalize());
            print(spec, Diagnosis.of(p, PairingKey.of(p, rel), c));
            return ExitCode.OK;
        }

        /** The nearest ancestor directory named {@code proofs}, else null. */
        static Path proofsRoot(Path f) {
            for (Path d = f.toAbsolutePath().normalize().getParent(); d != null; d = d.getParent()) {
                if (d.getFileName() != null && d.getFileName().toString().equals("proofs")) {
                    return d;
                }
            }
            return null;
        }
    }

    /** {@code analyze METRIC --across DIR [--out DIR]}. */
    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "The trajectory of one statistic across a corpus (value, interval, verdict, commit, time per "
                    + "proof) as CSV, JSON, an SVG figure and an HTML page in --out (default analysis/).",
            footer = {"%nExit codes: 0 written; 2 bad usage, or no proof in DIR reports METRIC."})
    static final class Analyze implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "METRIC")
        String metric;

        @picocli.CommandLine.Mixin
        CorpusOutput io;

        @Override
        public Integer call() {
            ProofCorpus c = io.corpus();
            List<Trajectory.Point> points = Trajectory.of(c, metric);
            if (points.isEmpty()) {
                throw CliException.usage(io.across + ": no proof reports '" + metric + "' (see 'ophamin summarize')");
            }
            List<Path> files = io.write(dir -> AnalysisFiles.trajectory(dir, metric, c, points));
            print(spec, metric + ": " + points.size() + " proof(s) -> " + files + "\n");
            return ExitCode.OK;
        }
    }

    /** {@code drift-report [--json] DIR}. */
    @Command(name = "drift-report", mixinStandardHelpOptions = true,
            description = "For each scenario's primary statistic, compare the proofs of the first and the last substrate "
                    + "commit (Wilson/Newcombe for proportions, Welch with a seeded bootstrap for means, level 0.05): "
                    + "delta and interval, significant drift, verdict flips; single_commit where there is nothing to compare.",
            footer = {"%nExit codes: 0 no significant drift; 1 drift or a verdict flip found; 2 DIR unreadable."})
    static final class DriftReportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() {
            JsonObject r = DriftReport.of(corpus(dir));
            print(spec, json ? json(r) : DriftReport.text(r));
            long drift = ((dev.ophamin.canonical.JsonInt) r.get("significant_drift")).longValue()
                    + ((dev.ophamin.canonical.JsonInt) r.get("verdict_flips")).longValue();
            return drift > 0 ? ExitCode.FAILED : ExitCode.OK;
        }
    }

    /** {@code posterior SCENARIO --across DIR [--out DIR]}. */
    @Command(name = "posterior", mixinStandardHelpOptions = true,
            description = "Bayesian updating across a scenario's proofs in time order: Beta-Binomial on VALIDATED "
                    + "outcomes and Normal-Normal on the statistic (docs/analysis.md), written as JSON and figures to --out.",
            footer = {"%nExit codes: 0 written; 2 bad usage, or no proof of SCENARIO in DIR."})
    static final class Posterior implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SCENARIO")
        String scenario;

        @picocli.CommandLine.Mixin
        CorpusOutput io;

        @Override
        public Integer call() {
            JsonObject post;
            try {
                post = PosteriorSequence.of(scenario, io.corpus().ofScenario(scenario));
            } catch (IllegalArgumentException e) {
                throw CliException.usage(io.across + ": " + e.getMessage());
            }
            List<Path> files = io.write(dir -> AnalysisFiles.posterior(dir, scenario, post));
            List<dev.ophamin.canonical.JsonValue> steps = ((dev.ophamin.canonical.JsonArray) ((JsonObject)
                    post.get("beta_binomial")).get("steps")).items();
            JsonObject last = (JsonObject) steps.get(steps.size() - 1);
            print(spec, String.format("%s: %s proof(s); P(VALIDATED) %.3f [%.3f, %.3f] -> %s%n", scenario, post.get("proofs"),
                    num(last, "mean"), num(last, "low"), num(last, "high"), files));
            return ExitCode.OK;
        }

        private static double num(JsonObject o, String k) {
            return ((dev.ophamin.canonical.JsonFloat) o.get(k)).value();
        }
    }

    /** {@code lineage PROOF}. */
    @Command(name = "lineage", mixinStandardHelpOptions = true,
            description = "Print a proof's lineage chain (its run, then the runs it descends from, such as its campaign), "
                    + "each resolved where the records are at hand, and check its provenance is valid PROV-JSON.",
            footer = {"%nExit codes: 0 printed and the provenance is valid; 1 it is not; 2 PROOF is not a readable proof."})
    static final class LineageCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PROOF")
        Path file;

        @Override
        public Integer call() {
            SignedRecord r = AuditRecordCommand.readRecord(file);
            if (!(r instanceof ProofRecord p)) {
                throw CliException.usage(file + ": not a proof record");
            }
            print(spec, dev.ophamin.lineage.Lineage.describe(p, file));
            return dev.ophamin.lineage.ProvJson.problems(p.provenance()).isEmpty() ? ExitCode.OK : ExitCode.FAILED;
        }
    }
}
