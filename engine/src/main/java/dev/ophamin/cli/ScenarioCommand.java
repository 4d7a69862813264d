package dev.ophamin.cli;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.Outcome;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioRegistry;
import dev.ophamin.scenario.Tier;
import dev.ophamin.service.ScenarioRuns;
import dev.ophamin.service.ServiceException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin scenario list|show|run}. */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "List, describe and run scenarios.",
        subcommands = {ScenarioCommand.ListCommand.class, ScenarioCommand.ShowCommand.class, ScenarioCommand.RunCommand.class})
public final class ScenarioCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (list, show, run)");
    }

    /** {@code --plugin DIR}: extra scenario jars. */
    static final class PluginOptions {
        @Option(names = "--plugin", paramLabel = "DIR", description = "Load plug-ins (scenarios, audit pillars) from every jar in DIR. Repeatable.")
        List<Path> dirs = new ArrayList<>();

        ScenarioRegistry registry() {
            try {
                return ScenarioRegistry.load(dirs);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
    }

    /** The engine's identity and environment lock. */
    static EngineInfo engineInfo() {
        return EngineInfo.of(dev.ophamin.build.BuildInfo.engine(), dev.ophamin.build.BuildInfo.gitCommit(), Map.of(
                "jackson-core", dev.ophamin.build.BuildInfo.jackson(), "picocli", dev.ophamin.build.BuildInfo.picocli(), "hipparchus", dev.ophamin.build.BuildInfo.hipparchus()));
    }

    /** {@code scenario list [--tier T] [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per registered scenario.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PluginOptions plugins;

        @Option(names = "--tier", paramLabel = "T",
                description = "Only this tier: scientific, engineering, philosophical, empirical_deep, measurement_machinery.")
        String tier;

        @Option(names = "--json", description = "One JSON object per scenario per line.")
        boolean json;

        @Override
        public Integer call() {
            Tier only = null;
            if (tier != null) {
                try {
                    only = Tier.byId(tier);
                } catch (IllegalArgumentException e) {
                    throw CliException.usage(e.getMessage());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Scenario s : plugins.registry().all()) {
                ScenarioInfo i = s.info();
                if (only != null && i.tier() != only) {
                    continue;
                }
                if (json) {
                    JsonObject o = JsonObject.builder().put("name", i.name()).put("tier", i.tier().id())
                            .put("family", i.family()).put("goal", i.goal()).build();
                    out.println(new String(PythonJsonWriter.toBytes(o, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8));
                } else {
                    out.printf("%-32s %-22s %s%n", i.name(), i.tier().id(), i.goal());
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code scenario show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Describe a scenario: metadata, claim, parameters.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PluginOptions plugins;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Scenario s;
            try {
                s = plugins.registry().get(name);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            ScenarioInfo i = s.info();
            PrintWriter out = spec.commandLine().getOut();
            out.println(i.name() + "  (" + i.tier().id() + ", family " + i.family() + ")");
            out.println();
            out.println("Goal:         " + i.goal());
            out.println("Explanation:  " + i.explanation());
            if (!i.method().isEmpty()) {
                out.println("Method:       " + i.method());
            }
            if (!i.falsificationConsequence().isEmpty()) {
                out.println("If falsified: " + i.falsificationConsequence());
            }
            var params = dev.ophamin.scenario.Params.resolve(i.name(), s.params(), Map.of());
            var claim = s.claim(params);
            out.println();
            out.println("Claim:        " + claim.statement());
            out.println("Threshold:    " + claim.threshold().describe());
            out.println("H0:           " + claim.h0());
            out.println("H1:           " + claim.h1());
            out.println("Plan:         " + s.analysisPlan(params));
            out.println("Data:         " + (s.defaultCorpus() != null ? "corpus " + s.defaultCorpus() : "generated from the seed"));
            out.println("Substrate:    " + (s.usesSubstrate() ? "yes (default mock)" : "none"));
            if (!s.params().isEmpty()) {
                out.println();
                out.println("Parameters (--param NAME=VALUE):");
                for (Param p : s.params()) {
                    out.printf("  %-20s %-12s %s%n", p.name(), p.defaultValue(), p.description());
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code scenario run NAME ...}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run a scenario and write its signed proof bundle.",
                "The pre-registration is sealed before the first cycle; the proof's reproduction command is this "
                        + "invocation with every parameter spelled out."},
            footer = {"%nExit codes: 0 VALIDATED; 1 REFUTED; 3 INCONCLUSIVE; 2 bad usage, bad input, or the run failed."})
    static final class RunCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PluginOptions plugins;

        @Parameters(paramLabel = "NAME", description = "The scenario.")
        String name;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Set a scenario parameter. Repeatable.")
        List<String> params = new ArrayList<>();

        @Option(names = "--substrate", paramLabel = "SPEC",
                description = "mock (default), mock:seed=N,collapse=X, process:CMD or process-batch:CMD.")
        String substrate;

        @Option(names = "--corpus", paramLabel = "NAME", description = "A catalog corpus instead of the scenario's default.")
        String corpus;

        @Option(names = "--corpus-dir", paramLabel = "DIR", description = "A corpus on disk (layout detected).")
        Path corpusDir;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "proofs",
                description = "Bundle root (default ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--reproducible",
                description = "Fixed timestamps (SOURCE_DATE_EPOCH or the epoch): two runs write identical proof.json.")
        boolean reproducible;

        @Option(names = "--overwrite", description = "Replace an existing bundle of the same proof.")
        boolean overwrite;

        @Option(names = "--quiet", description = "No progress on stderr.")
        boolean quiet;

        @Mixin
        KeyOptions keys;

        @Override
        public Integer call() {
            RunResult r = runOne(spec, plugins.registry(), name, seed, params, substrate, corpus, corpusDir, reproducible,
                    keys, quiet);
            Path dir = persist(r.proof, r.tier, out, overwrite);
            PrintWriter w = spec.commandLine().getOut();
            w.println(r.proof.verdict().outcome() + "  " + dir.resolve("proof.json"));
            w.flush();
            return exitCode(r.proof.verdict().outcome());
        }
    }

    /** A signed proof and the tier it is filed under. */
    record RunResult(ProofRecord proof, String tier) {
    }

    static RunResult runOne(CommandSpec spec, ScenarioRegistry registry, String name, long seed, List<String> params,
                            String substrate, String corpus, Path corpusDir, boolean reproducible, KeyOptions keys,
                            boolean quiet) {
        Map<String, String> kv = new java.util.LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("--param expects KEY=VALUE, got '" + p + "'");
            }
            kv.put(p.substring(0, eq), p.substring(eq + 1));
        }
        Progress progress = quiet ? Progress.silent() : Progress.to(spec.commandLine().getErr(), name);
        try {
            RunRequest req = ScenarioRuns.request(registry, name, seed, kv, substrate, corpus, corpusDir, reproducible);
            ProofRecord proof = ScenarioRuns.run(registry, engineInfo(), System.getenv(), req,
                    keys.signingKey(RecordKind.PROOF), progress);
            return new RunResult(proof, registry.get(name).info().tier().id());
        } catch (ServiceException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    static Path persist(ProofRecord proof, String tier, Path root, boolean overwrite) {
        try {
            return ScenarioRuns.persist(proof, tier, root, overwrite);
        } catch (ServiceException e) {
            throw CliException.usage(e.getMessage()
                    + (e.kind() == ServiceException.Kind.CONFLICT ? " (pass --overwrite to replace it)" : ""));
        }
    }

    static int exitCode(Outcome o) {
        switch (o) {
            case VALIDATED: return ExitCode.OK;
            case REFUTED: return ExitCode.FAILED;
            default: return ExitCode.INCONCLUSIVE;
        }
    }

}
