package dev.ophamin.spark;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;
import dev.ophamin.service.ProofIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ophamin-spark index}: one row per proof, as Parquet for Spark SQL. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index every proof under the paths as Parquet (OUT/index.parquet), one row per proof: "
                + "proof_id, scenario, claim_hash (SHA-256 of the claim's canonical bytes), statistic (the claim's "
                + "metric), observed_value, verdict, substrate_commit, created_at, path.",
                "Files that cannot be read or parsed are listed in OUT/errors.jsonl; files that are no proof are "
                + "passed over. OUT/summary.json holds the counts; OUT/_SUCCESS is written last."},
        footer = {"%nExit codes: 0 indexed (even with unreadable files, which errors.jsonl lists); 2 bad usage, an "
                + "unreadable input path, or an output directory that is not empty."})
final class IndexJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark = new SparkOptions();

    @Mixin
    OutputOption out = new OutputOption();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Proof files or directories (any Hadoop file system).")
    List<String> paths;

    static final StructType SCHEMA = new StructType()
            .add("proof_id", DataTypes.StringType, false)
            .add("scenario", DataTypes.StringType, false)
            .add("claim_hash", DataTypes.StringType, false)
            .add("statistic", DataTypes.StringType, true)
            .add("observed_value", DataTypes.DoubleType, true)
            .add("verdict", DataTypes.StringType, true)
            .add("substrate_commit", DataTypes.StringType, true)
            .add("created_at", DataTypes.StringType, true)
            .add("path", DataTypes.StringType, false);

    @Override
    public Integer call() throws IOException {
        SparkSession session = spark.session("index");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        List<JobInput.Target> targets = JobInput.collect(paths, conf);
        JobOutput output = out.create(conf);
        try {
            Broadcast<SerializableWritable<Configuration>> hadoop = jsc.broadcast(new SerializableWritable<>(conf));
            // each file gives a proof row, an error row (path and error only), or nothing
            JavaRDD<Row> read = jsc.parallelize(targets, spark.partitions(jsc.defaultParallelism(), targets.size()))
                    .mapPartitions(it -> rows(it, hadoop.value().value())).cache();
            JavaRDD<Row> proofs = read.filter(r -> !r.isNullAt(0));
            session.createDataFrame(proofs, SCHEMA).write().parquet(output.path("index.parquet"));
            long indexed = proofs.count();
            List<Row> errors = read.filter(r -> r.isNullAt(0)).collect();
            StringBuilder lines = new StringBuilder();
            for (Row e : errors) {
                lines.append(new String(PythonJsonWriter.toBytes(JsonObject.builder().put("path", e.getString(8))
                        .put("error", e.getString(1)).build(), PythonJsonWriter.Layout.CANONICAL),
                        StandardCharsets.UTF_8)).append('\n');
            }
            output.write("errors.jsonl", lines.toString());
            output.write("summary.json", new String(PythonJsonWriter.toBytes(JsonObject.builder()
                    .put("files", (long) targets.size()).put("proofs", indexed).put("errors", (long) errors.size())
                    .build(), PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8) + "\n");
            output.succeed();
            read.unpersist();
            System.err.printf("ophamin-spark index: %d files, %d proofs indexed, %d unreadable; results in %s%n",
                    targets.size(), indexed, errors.size(), out.dir);
            return 0;
        } catch (RuntimeException | IOException e) {
            output.abandon();
            throw e;
        }
    }

    private static Iterator<Row> rows(Iterator<JobInput.Target> targets, Configuration conf) {
        List<Row> out = new ArrayList<>();
        while (targets.hasNext()) {
            JobInput.Target t = targets.next();
            JsonValue doc;
            try {
                doc = JsonReader.standard().read(HadoopFiles.read(t.uri(), conf));
            } catch (IOException | DecodeException e) {
                out.add(RowFactory.create(null, e.getMessage(), null, null, null, null, null, null, t.shown()));
                continue;
            }
            if (RecordKind.detect(doc) != RecordKind.PROOF) {
                continue;
            }
            JsonObject p = (JsonObject) doc;
            JsonObject claim = object(p.get("claim"));
            JsonObject verdict = object(p.get("verdict"));
            JsonObject threshold = object(claim.get("threshold"));
            String id = text(p.get("proof_id"));
            out.add(RowFactory.create(id == null ? "" : id, ProofIndex.scenario(p),
                    RecordKind.sha256Hex(PythonJsonWriter.toBytes(claim, PythonJsonWriter.Layout.CANONICAL)),
                    text(threshold.get("metric")), number(verdict.get("observed_value")), text(verdict.get("outcome")),
                    text(object(p.get("data")).get("substrate_git_commit")),
                    text(object(p.get("identity")).get("created_at")), t.shown()));
        }
        return out.iterator();
    }

    private static JsonObject object(JsonValue v) {
        return v instanceof JsonObject ? (JsonObject) v : JsonObject.EMPTY;
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString ? ((JsonString) v).value() : null;
    }

    private static Double number(JsonValue v) {
        if (v instanceof JsonFloat) {
            return ((JsonFloat) v).value();
        }
        return v instanceof JsonInt && ((JsonInt) v).fitsLong() ? (double) ((JsonInt) v).longValue() : null;
    }
}
