package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Measurement machinery: two independent JVM implementations of one statistic (Hipparchus and the
 * project's own) and, when python3 with scipy is present, scipy as a third, agree on every field of
 * every dataset of a seeded synthetic sweep to within a pre-registered absolute tolerance.
 */
abstract class CrossCheckScenario implements Scenario {
    /** One implementation: its name for the evidence, library, version, and the computation. */
    record Impl(String name, String library, String version, Function<JsonObject, double[]> compute) {
    }

    /** Kebab-case statistic name, e.g. {@code welch-t}. */
    abstract String statistic();

    /** Human name, e.g. {@code Welch's t-test}. */
    abstract String title();

    /** The fields compared, e.g. {@code t}, {@code p}. */
    abstract List<String> fields();

    /** The JVM implementations. */
    abstract List<Impl> implementations();

    /** A python expression over the dataset dict {@code d} giving the fields as a list of floats (scipy imported as stats). */
    abstract String scipyExpression();

    /** One synthetic dataset number {@code i} of the sweep. */
    abstract JsonObject dataset(int i, int count, int size, SplittableRandom rnd);

    /** What the sweep covers, for the claim's operationalization. */
    abstract String sweepDescription();

    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo(statistic() + "-crosscheck", Tier.MEASUREMENT_MACHINERY, "cross-framework",
                "Validate the engine's " + title() + " against an independent implementation (and scipy when present).",
                "The same seeded synthetic datasets go through every implementation; the largest absolute "
                        + "disagreement on any field of any dataset is compared with a pre-registered tolerance.",
                "max over datasets, fields and implementation pairs of |a - b|",
                "one implementation of " + title() + " is wrong somewhere in the swept region");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("datasets", "30", "number of synthetic datasets in the sweep"),
                new Param("size", "50", "observations per group"),
                new Param("tolerance", "1e-9", "pre-registered maximum absolute disagreement"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Across " + p.text("datasets") + " seeded synthetic datasets, the implementations of " + title()
                + " agree on " + String.join(" and ", fields()) + " to within " + p.text("tolerance") + ".",
                sweepDescription() + "; every implementation pair compared on every field",
                new Threshold("max_absolute_difference", "<=", p.number("tolerance"), "absolute"),
                "H0: some pair of implementations disagrees by more than the tolerance.",
                "H1: every pair agrees within the tolerance.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "generate the sweep from the seed; compute " + String.join(", ", fields()) + " with Hipparchus, the "
                + "project's own code and (if available) scipy; report the maximum absolute pairwise difference";
    }

    List<JsonObject> sweep(Params p, long seed) {
        int n = p.integer("datasets");
        int size = p.integer("size");
        if (n < 1 || size < 3) {
            throw new IllegalArgumentException("datasets must be >= 1 and size >= 3");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(dataset(i, n, size, rnd));
        }
        return out;
    }

    @Override
    public Dataset syntheticDataset(Params p, long seed) {
        byte[] data = PythonJsonWriter.toBytes(new JsonArray(new ArrayList<>(sweep(p, seed))), PythonJsonWriter.Layout.CANONICAL);
        return new Dataset(statistic() + "-sweep", RecordKind.sha256Hex(data), p.integer("datasets"),
                "generated from the seed", "synthetic");
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        List<JsonObject> data = sweep(ctx.params(), ctx.seed());
        List<Impl> impls = new ArrayList<>(implementations());
        List<double[][]> results = new ArrayList<>();
        for (Impl impl : impls) {
            double[][] r = new double[data.size()][];
            for (int i = 0; i < data.size(); i++) {
                r[i] = impl.compute().apply(data.get(i));
            }
            results.add(r);
        }
        String scipyNote;
        Python3.Outcome py = scipy(data);
        if (py.ok()) {
            String scipyVersion = py.stdout().substring(0, py.stdout().indexOf('\n')).strip();
            double[][] r = parse(py.stdout(), data.size());
            impls.add(new Impl("scipy", "scipy", scipyVersion, d -> null));
            results.add(r);
            scipyNote = "scipy " + scipyVersion;
        } else {
            scipyNote = "skipped: " + py.unavailable();
        }
        double worst = 0;
        String worstPair = "";
        String worstField = "";
        int worstIndex = -1;
        for (int a = 0; a < impls.size(); a++) {
            for (int b = a + 1; b < impls.size(); b++) {
                for (int i = 0; i < data.size(); i++) {
                    for (int f = 0; f < fields().size(); f++) {
                        double d = Math.abs(results.get(a)[i][f] - results.get(b)[i][f]);
                        if (Double.isNaN(d)) {
                            d = Double.isNaN(results.get(a)[i][f]) && Double.isNaN(results.get(b)[i][f]) ? 0 : Double.POSITIVE_INFINITY;
                        }
                        if (d > worst || worstIndex < 0) {
                            worst = Math.max(worst, d);
                            worstPair = impls.get(a).name() + "_vs_" + impls.get(b).name();
                            worstField = fields().get(f);
                            worstIndex = i;
                        }
                    }
                }
            }
        }
        List<JsonValue> samples = new ArrayList<>();
        for (int i = 0; i < Math.min(3, data.size()); i++) {
            JsonObject.Builder s = JsonObject.builder().put("i", (long) i);
            for (int k = 0; k < impls.size(); k++) {
                for (int f = 0; f < fields().size(); f++) {
                    s.put(fields().get(f) + "_" + impls.get(k).name(), new JsonFloat(results.get(k)[i][f]));
                }
            }
            samples.add(s.build());
        }
        JsonObject.Builder versions = JsonObject.builder();
        impls.forEach(im -> versions.put(im.name(), im.library() + " " + im.version()));
        double tol = ctx.params().number("tolerance");
        Evidence e = Evidence.builder().pillar(statistic() + "-crosscheck").statistic("max_absolute_difference", worst)
                .library(impls.get(0).library(), impls.get(0).version())
                .crossCheck(py.ok() ? (worst <= tol ? "passed" : "failed") : "skipped")
                .detail(JsonObject.builder().put("implementations", versions.build()).put("scipy", scipyNote)
                        .put("datasets", (long) data.size()).put("tolerance", tol)
                        .put("worst_pair", worstPair).put("worst_field", worstField).put("worst_dataset", (long) worstIndex)
                        .put("samples", new JsonArray(samples)).build())
                .build();
        return ScenarioResult.of(worst, List.of(e), (long) data.size() * impls.size());
    }

    private Python3.Outcome scipy(List<JsonObject> data) {
        String program = String.join("\n",
                "import json, sys",
                "import scipy",
                "from scipy import stats",
                "print(scipy.__version__)",
                "for line in sys.stdin:",
                "    d = json.loads(line)",
                "    print(json.dumps([float(v) for v in (" + scipyExpression() + ")]))",
                "");
        StringBuilder in = new StringBuilder();
        for (JsonObject d : data) {
            in.append(new String(PythonJsonWriter.toBytes(d, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8)).append('\n');
        }
        return Python3.run(program, in.toString(), 120);
    }

    private double[][] parse(String stdout, int n) {
        String[] lines = stdout.strip().split("\n");
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            try {
                JsonArray a = (JsonArray) JsonReader.standard().read(lines[i + 1].getBytes(StandardCharsets.UTF_8));
                out[i] = new double[a.size()];
                for (int k = 0; k < a.size(); k++) {
                    JsonValue v = a.get(k);
                    out[i][k] = v instanceof JsonFloat ? ((JsonFloat) v).value()
                            : ((dev.ophamin.canonical.JsonInt) v).bigValue().doubleValue();
                }
            } catch (Exception e) {
                throw new IllegalStateException("scipy backend: unreadable output line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Column of a dataset: {@code d[key]} as doubles. */
    static double[] column(JsonObject d, String key) {
        JsonArray a = (JsonArray) d.get(key);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            JsonValue v = a.get(i);
            out[i] = v instanceof JsonFloat ? ((JsonFloat) v).value() : ((dev.ophamin.canonical.JsonInt) v).bigValue().doubleValue();
        }
        return out;
    }

    static JsonArray floats(double[] xs) {
        List<JsonValue> v = new ArrayList<>(xs.length);
        for (double x : xs) {
            v.add(new JsonFloat(x));
        }
        return new JsonArray(v);
    }

    static double normal(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Evenly spaced point {@code i} of {@code n} over [lo, hi]. */
    static double sweepAt(int i, int n, double lo, double hi) {
        return n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
    }
}
