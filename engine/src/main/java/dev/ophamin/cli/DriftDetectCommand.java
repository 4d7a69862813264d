package dev.ophamin.cli;

import dev.ophamin.drift.Detectors;
import dev.ophamin.drift.DriftService;
import dev.ophamin.drift.StreamSources;
import dev.ophamin.drift.ValueStream;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ophamin drift-detect}: online change detection over a stream, one signed DriftScan per detector. */
@Command(name = "drift-detect", mixinStandardHelpOptions = true,
        description = {"Run change detectors over a stream and write one signed DriftScan per detector "
                + "(drift_<detector>_<id16>.json in --out-dir, default the working directory).",
            "The stream is column NAME of a CSV file (header row) or field NAME of a JSON-lines file (--input), or "
                    + "measurement NAME of the cycles a scenario's substrate runs over the scenario's corpus (--scenario).",
            "Detectors (default all): adwin, page_hinkley, cusum, kswin; parameters as NAME:k=v,k=v "
                    + "(see docs/drift.md)."},
        footer = {"%nExit codes: 0 written, no drift found; 1 written, drift found; 2 bad usage or input (nothing written)."})
public final class DriftDetectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "A CSV or JSON-lines file.")
    Path input;

    @Option(names = "--column", paramLabel = "NAME",
            description = "The column, field or measurement (default phi with --scenario).")
    String column;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Stream a scenario's substrate cycles.")
    String scenario;

    @Option(names = "--substrate", paramLabel = "SPEC", defaultValue = "mock", description = "With --scenario (default ${DEFAULT-VALUE}).")
    String substrate;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "500", description = "With --scenario: at most N cycles (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Substrate seed and KSWIN's sampling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--detector", paramLabel = "NAME[:k=v,...]", description = "A detector to run (repeatable; default all four).")
    List<String> detectors = new ArrayList<>();

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "The scan's file, with a single --detector (must not exist).")
    Path out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Where the scans go (default: the working directory).")
    Path outDir;

    @Mixin
    KeyOptions keys;

    @Mixin
    ScenarioCommand.PluginOptions plugins;

    @Override
    public Integer call() {
        if ((input == null) == (scenario == null)) {
            throw CliException.usage("give exactly one of --input FILE or --scenario NAME");
        }
        if (input != null && column == null) {
            throw CliException.usage("--input needs --column NAME");
        }
        if (limit < 1) {
            throw CliException.usage("--limit must be at least 1");
        }
        List<DriftService.Scan> scans;
        try {
            ValueStream stream;
            if (input != null) {
                stream = StreamSources.fromFile(input, column);
            } else {
                Scenario s = plugins.registry().get(scenario);
                String corpus = s.defaultCorpus();
                if (corpus == null) {
                    throw new IllegalArgumentException("scenario " + scenario + " reads no corpus, so it has no cycle stream");
                }
                long[] skipped = {0};
                stream = StreamSources.fromSubstrate(substrate, corpus, column == null ? "phi" : column, limit, seed,
                        System.getenv(), skipped);
                if (skipped[0] > 0) {
                    spec.commandLine().getErr().printf("drift-detect: %d cycle(s) failed or lacked '%s' and were left out%n",
                            skipped[0], stream.name());
                }
            }
            if (stream.values().length == 0) {
                throw new IllegalArgumentException("the stream is empty");
            }
            scans = new DriftService(ScenarioCommand.engineInfo()).detect(stream,
                    detectors.isEmpty() ? Detectors.NAMES : detectors, seed, keys.signingKey(RecordKind.DRIFT_SCAN), out,
                    outDir == null ? Path.of("") : outDir);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        } catch (IOException e) {
            throw CliException.usage((out != null ? out : outDir) + ": " + InputFiles.reason(e));
        }
        PrintWriter w = spec.commandLine().getOut();
        boolean drift = false;
        for (DriftService.Scan s : scans) {
            List<Integer> at = s.eventIndices();
            drift |= !at.isEmpty();
            String where = at.isEmpty() ? "no drift" : at.size() + " drift event(s) at sample(s) "
                    + at.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                    + (at.size() > 10 ? ", ..." : "");
            w.printf("%-13s %s over %d samples -> %s%n", s.record().detectorName(), where, s.record().nSamples(), s.file());
        }
        w.flush();
        return drift ? ExitCode.FAILED : ExitCode.OK;
    }
}
