package dev.ophamin.spark;

import dev.ophamin.cli.CliException;
import dev.ophamin.DecodeException;
import dev.ophamin.build.BuildInfo;
import dev.ophamin.campaign.Multiplicity;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.emit.Bundles;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.CampaignPhase;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.Identity;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioRegistry;
import dev.ophamin.service.ScenarioRuns;
import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ophamin-spark sweep}: a scenario over a parameter grid and seeds, one Spark task per cell. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario over every (parameters, seed) cell of a grid, one Spark task per cell. Each "
                + "task writes its signed proof bundle under OUT/proofs; the driver then corrects the whole family "
                + "for multiplicity and writes the signed CampaignRecord (OUT/campaign.json), OUT/cells.jsonl (one "
                + "line per cell: parameters, seed, verdict or error, bundle) and OUT/_SUCCESS.",
                "A cell whose task throws is retried as Spark retries tasks; if it fails on its last attempt it is "
                + "a failed cell in the campaign, not a failed job."},
        footer = {"%nExit codes: 0 every cell ran; 1 a cell failed; 2 bad usage, an unknown scenario or parameter, "
                + "an unreadable grid or key file, or an output directory that is not empty."})
final class SweepJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark = new SparkOptions();

    @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The scenario to sweep.")
    String scenario;

    @Option(names = "--grid", required = true, paramLabel = "FILE",
            description = "JSON object: each parameter of the scenario -> a list of values.")
    String grid;

    @Option(names = "--seeds", required = true, paramLabel = "N", description = "Seeds 1..N for every grid point.")
    int seeds;

    @Option(names = "--substrate", paramLabel = "SPEC", description = "The substrate (default: the scenario's, mock).")
    String substrate;

    @Option(names = "--fwer-method", paramLabel = "M", description = "holm (default), bh or none.")
    String fwerMethod = "holm";

    @Option(names = "--fwer-alpha", paramLabel = "A", description = "Family level (default 0.05).")
    double fwerAlpha = 0.05;

    @Option(names = "--key-file", paramLabel = "F",
            description = "HMAC key file the proofs and the campaign are signed with (default: the reference keys).")
    String keyFile;

    @Mixin
    OutputOption out = new OutputOption();

    /**
     * One cell of the grid.
     *
     * @param index its place in the grid's order
     * @param params parameter name to value text, in the grid's order
     * @param seed its seed
     */
    record Cell(int index, List<String[]> params, long seed) implements Serializable {
        String label() {
            StringBuilder sb = new StringBuilder();
            for (String[] p : params) {
                sb.append(p[0]).append('=').append(p[1]).append(' ');
            }
            return sb.append("seed=").append(seed).toString();
        }
    }

    /**
     * What a cell's task reports: its proof file's bytes and bundle, or why it failed.
     *
     * @param cell the cell
     * @param proof the signed proof file's bytes, or null
     * @param bundle the bundle directory below OUT, or null
     * @param error why the cell failed, or null
     * @param attempts how many attempts it took
     */
    record CellResult(Cell cell, byte[] proof, String bundle, String error, int attempts) implements Serializable {
    }

    @Override
    public Integer call() throws IOException {
        if (seeds < 1) {
            throw CliException.usage("--seeds must be at least 1");
        }
        if (!List.of("holm", "bh", "none").contains(fwerMethod)) {
            throw CliException.usage("--fwer-method must be holm, bh or none, got '" + fwerMethod + "'");
        }
        if (!(fwerAlpha > 0 && fwerAlpha < 1)) {
            throw CliException.usage("--fwer-alpha must be between 0 and 1, got " + fwerAlpha);
        }
        SparkSession session = spark.session("sweep " + scenario);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        ScenarioRegistry registry = Registry.SCENARIOS;
        if (!registry.has(scenario)) {
            throw CliException.usage("unknown scenario '" + scenario + "'");
        }
        List<Cell> cells = cells(readGrid(conf), registry.get(scenario), seeds);
        HmacKey key = keyFile == null ? null : HadoopFiles.key(keyFile, conf);
        JobOutput output = out.create(conf);
        try {
            String started = Identity.now();
            Broadcast<SerializableWritable<Configuration>> hadoop = jsc.broadcast(new SerializableWritable<>(conf));
            int lastAttempt = maxAttempts(jsc) - 1;
            String name = scenario;
            String sub = substrate;
            String kf = keyFile;
            String proofsDir = output.path("proofs");
            // one cell per partition, so a retry runs that cell again and nothing else
            List<CellResult> results = jsc.parallelize(cells, cells.size())
                    .map(c -> runCell(c, name, sub, kf, proofsDir, lastAttempt, hadoop.value().value()))
                    .collect();
            List<ProofRecord> proofs = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            StringBuilder lines = new StringBuilder();
            for (CellResult r : results) {
                JsonObject.Builder params = JsonObject.builder();
                r.cell().params().forEach(p -> params.put(p[0], p[1]));
                JsonObject.Builder line = JsonObject.builder().put("cell", (long) r.cell().index())
                        .put("params", params.build()).put("seed", r.cell().seed()).put("attempts", (long) r.attempts());
                if (r.proof() != null) {
                    ProofRecord p = parse(r.proof());
                    proofs.add(p);
                    line.put("proof_id", p.proofId()).put("verdict", p.verdict().outcome().name())
                            .put("bundle", r.bundle());
                } else {
                    failures.add(r.cell().label() + ": " + r.error());
                    line.put("error", r.error());
                }
                lines.append(new String(PythonJsonWriter.toBytes(line.build(), PythonJsonWriter.Layout.CANONICAL),
                        java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            }
            String measured = Identity.now();
            Multiplicity.Result correction = Multiplicity.correct(proofs, fwerMethod, fwerAlpha);
            String compared = Identity.now();
            JsonObject.Builder adj = JsonObject.builder();
            correction.adjustedP().forEach(adj::put);
            JsonObject.Builder verdicts = JsonObject.builder();
            correction.verdicts().forEach((id, v) -> verdicts.put(id, v.name()));
            List<CampaignPhase> phases = List.of(
                    new CampaignPhase("measuring", started, measured, failures.isEmpty() ? "ok" : "failed",
                            List.of("cells.jsonl"), JsonObject.builder().put("scenario", scenario)
                            .put("grid", gridSummary(cells)).put("seeds", (long) seeds)
                            .put("cells", (long) cells.size()).put("ran", (long) proofs.size())
                            .put("failed", (long) failures.size()).put("failures", strings(failures)).build(),
                            failures.isEmpty() ? null : failures.size() + " of " + cells.size() + " cells failed"),
                    new CampaignPhase("comparing", measured, compared, "ok", List.of(), JsonObject.builder()
                            .put("method", fwerMethod).put("alpha", fwerAlpha).put("family", "every proof with a p-value")
                            .put("family_size", (long) correction.familySize()).put("demoted", (long) correction.demoted())
                            .put("adjusted_p", adj.build()).build(), null));
            HmacKey signing = key != null ? key : HmacKey.ofText("default", RecordKind.CAMPAIGN.defaultKey());
            // the campaign's target: the substrate the cells ran on, as their proofs name it
            String target = proofs.isEmpty() ? (substrate == null ? "mock" : substrate)
                    : proofs.get(0).data().substrateName();
            String targetCommit = proofs.isEmpty() ? "" : proofs.get(0).data().substrateGitCommit();
            CampaignRecord campaign = RecordSigner.sign(CampaignRecord.unsigned(target, targetCommit, started,
                    Identity.now(), BuildInfo.engine(),
                    BuildInfo.gitCommit(), phases, verdicts.build(), fwerMethod), signing);
            output.write("cells.jsonl", lines.toString());
            output.write("campaign.json", RecordFiles.bytes(campaign));
            output.succeed();
            System.err.printf("ophamin-spark sweep: %d cells, %d ran, %d failed; %d demoted by %s; campaign %s in %s%n",
                    cells.size(), proofs.size(), failures.size(), correction.demoted(), fwerMethod,
                    campaign.campaignId(), out.dir);
            return failures.isEmpty() ? 0 : 1;
        } catch (RuntimeException | IOException e) {
            output.abandon();
            throw e;
        }
    }

    private JsonObject readGrid(Configuration conf) {
        JsonValue doc;
        try {
            doc = JsonReader.standard().read(HadoopFiles.read(grid, conf));
        } catch (IOException e) {
            throw CliException.usage(grid + ": cannot read: " + e.getMessage());
        } catch (DecodeException e) {
            throw CliException.usage(grid + ": " + e.getMessage());
        }
        if (!(doc instanceof JsonObject) || ((JsonObject) doc).size() == 0) {
            throw CliException.usage(grid + ": expected a JSON object: parameter -> list of values");
        }
        return (JsonObject) doc;
    }

    /** Every (parameters, seed) cell, the first parameter varying slowest, seeds fastest. */
    static List<Cell> cells(JsonObject grid, Scenario s, int seeds) {
        List<String> known = s.params().stream().map(Param::name).toList();
        List<String> names = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : grid.members().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw CliException.usage("grid: '" + e.getKey() + "' is not a parameter of " + s.info().name()
                        + " (it takes " + known + ")");
            }
            if (!(e.getValue() instanceof JsonArray) || ((JsonArray) e.getValue()).size() == 0) {
                throw CliException.usage("grid: '" + e.getKey() + "' must map to a non-empty list of values");
            }
            List<String> texts = new ArrayList<>();
            for (JsonValue v : ((JsonArray) e.getValue()).items()) {
                texts.add(v instanceof JsonString ? ((JsonString) v).value()
                        : new String(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.CANONICAL),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            names.add(e.getKey());
            values.add(texts);
        }
        List<Cell> cells = new ArrayList<>();
        int[] at = new int[names.size()];
        while (true) {
            List<String[]> params = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                params.add(new String[] {names.get(i), values.get(i).get(at[i])});
            }
            for (long seed = 1; seed <= seeds; seed++) {
                cells.add(new Cell(cells.size(), params, seed));
            }
            int i = names.size() - 1;
            while (i >= 0 && ++at[i] == values.get(i).size()) {
                at[i] = 0;
                i--;
            }
            if (i < 0) {
                return cells;
            }
        }
    }

    // On an executor: run the cell, write its bundle to the output file system. Failures are thrown
    // for Spark to retry, except on the last attempt, where they become the cell's error.
    static CellResult runCell(Cell cell, String scenario, String substrate, String keyFile, String proofsDir,
                                      int lastAttempt, Configuration conf) throws IOException {
        int attempt = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
        try {
            ScenarioRegistry registry = Registry.SCENARIOS;
            Map<String, String> params = new LinkedHashMap<>();
            cell.params().forEach(p -> params.put(p[0], p[1]));
            RunRequest req = ScenarioRuns.request(registry, scenario, cell.seed(), params, substrate, null, null, false);
            HmacKey key = keyFile == null ? HmacKey.ofText("default", RecordKind.PROOF.defaultKey())
                    : HadoopFiles.key(keyFile, conf);
            EngineInfo engine = EngineInfo.of(BuildInfo.engine(), BuildInfo.gitCommit(), Map.of());
            ProofRecord proof = ScenarioRuns.run(registry, engine, System.getenv(), req, key, Progress.silent());
            Path local = Files.createTempDirectory("ophamin-cell-");
            try {
                Path bundle = Bundles.persist(local, registry.get(scenario).info().tier().id(),
                        ScenarioRuns.scenarioOf(proof), proof, false);
                String rel = local.relativize(bundle).toString();
                org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(proofsDir + "/" + rel);
                FileSystem fs = target.getFileSystem(conf);
                fs.mkdirs(target.getParent());
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(bundle.toUri()), target);
                return new CellResult(cell, RecordFiles.bytes(proof), "proofs/" + rel, null, attempt + 1);
            } finally {
                deleteTree(local);
            }
        } catch (IOException | RuntimeException e) {
            if (attempt < lastAttempt) {
                throw e;
            }
            return new CellResult(cell, null, null, e.getMessage() == null ? e.toString() : e.getMessage(), attempt + 1);
        }
    }

    // loaded once per executor JVM, not per cell
    private static final class Registry {
        static final ScenarioRegistry SCENARIOS = ScenarioRegistry.load(List.of());
    }

    /** Attempts Spark gives a task: local[N] one, local[N,F] F, a cluster spark.task.maxFailures (4). */
    static int maxAttempts(JavaSparkContext jsc) {
        String master = jsc.master();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[[^,\\]]+,\\s*(\\d+)\\]").matcher(master);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (master.startsWith("local")) {
            return 1;
        }
        return jsc.getConf().getInt("spark.task.maxFailures", 4);
    }

    private static ProofRecord parse(byte[] proof) {
        try {
            return ProofRecord.fromJson(JsonReader.standard().read(proof));
        } catch (DecodeException | RecordFormatException e) {
            throw new IllegalStateException("a cell's proof does not read back: " + e.getMessage(), e);
        }
    }

    private static JsonObject gridSummary(List<Cell> cells) {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Cell c : cells) {
            for (String[] p : c.params()) {
                List<String> vs = seen.computeIfAbsent(p[0], k -> new ArrayList<>());
                if (!vs.contains(p[1])) {
                    vs.add(p[1]);
                }
            }
        }
        JsonObject.Builder b = JsonObject.builder();
        seen.forEach((k, v) -> b.put(k, strings(v)));
        return b.build();
    }

    private static JsonArray strings(List<String> l) {
        List<JsonValue> out = new ArrayList<>();
        l.forEach(s -> out.add(new JsonString(s)));
        return new JsonArray(out);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
