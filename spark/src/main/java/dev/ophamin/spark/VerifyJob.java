package dev.ophamin.spark;

import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.cli.InputFiles;
import dev.ophamin.service.BouncyCastleEd25519;
import dev.ophamin.service.VerificationReport;
import dev.ophamin.service.VerificationTally;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ophamin-spark verify}: every record under the paths, judged on the executors. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify every record (id, HMAC signature, ed25519 attestation, refusal rules) on the executors.",
                "Writes OUT/results.jsonl (one line per file: the fields of 'ophamin verify --json'), OUT/summary.json "
                + "(the counts of its summary line), OUT/results.parquet with --parquet, and OUT/_SUCCESS last."},
        footer = {"%nExit codes: 0 every record ok; 1 any record not ok, or no record found; 2 bad usage, an "
                + "unreadable key file or input path, or an output directory that is not empty (nothing is written)."})
final class VerifyJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark = new SparkOptions();

    @Option(names = "--key-file", paramLabel = "F",
            description = "An HMAC key file (its bytes, less one trailing newline), read by each executor. Repeatable; "
                    + "each kind's reference key is offered too.")
    List<String> keyFiles = new ArrayList<>();

    @Mixin
    OutputOption out = new OutputOption();

    @Option(names = "--parquet", description = "Also write the results as Parquet (OUT/results.parquet).")
    boolean parquet;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Record files or directories (any Hadoop file system).")
    List<String> paths;

    /** One judged file as the executor reports it to the driver. */
    record Judged(String line, String status, boolean ok, boolean unreadable) implements Serializable {
    }

    @Override
    public Integer call() throws IOException {
        SparkSession session = spark.session("verify");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        for (String f : keyFiles) {
            HadoopFiles.key(f, conf); // the driver fails fast on a key file it cannot read; executors read their own
        }
        List<JobInput.Target> targets = JobInput.collect(paths, conf);
        JobOutput output = out.create(conf);
        try {
            Broadcast<SerializableWritable<Configuration>> hadoop = jsc.broadcast(new SerializableWritable<>(conf));
            List<String> keys = List.copyOf(keyFiles);
            List<Judged> judged = jsc.parallelize(targets, spark.partitions(jsc.defaultParallelism(), targets.size()))
                    .mapPartitions(it -> judge(it, keys, hadoop.value().value()))
                    .collect();
            VerificationTally tally = new VerificationTally();
            StringBuilder lines = new StringBuilder();
            for (Judged j : judged) {
                tally.count(j.status(), j.ok(), j.unreadable());
                lines.append(j.line()).append('\n');
            }
            output.write("results.jsonl", lines.toString());
            output.write("summary.json", new String(PythonJsonWriter.toBytes(tally.json(),
                    PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8) + "\n");
            if (parquet) {
                Dataset<String> ds = session.createDataset(judged.stream().map(Judged::line).toList(), Encoders.STRING());
                session.read().json(ds).write().parquet(output.path("results.parquet"));
            }
            output.succeed();
            System.err.println("ophamin-spark verify: " + tally.summary() + "; results in " + out.dir);
            if (tally.unreadable() > 0) {
                return 2;
            }
            if (tally.records() == 0) {
                System.err.println("ophamin-spark verify: no record found in " + paths);
                return 1;
            }
            return tally.anyNotOk() ? 1 : 0;
        } catch (RuntimeException | IOException e) {
            output.abandon();
            throw e;
        }
    }


    // On an executor: one verifier per partition, then each file as 'ophamin verify --json' reports it.
    private static Iterator<Judged> judge(Iterator<JobInput.Target> targets, List<String> keyFiles, Configuration conf) {
        Verifier.Builder b = BouncyCastleEd25519.verifierBuilder().diagnostics(true);
        for (String f : keyFiles) {
            b.key(HadoopFiles.key(f, conf));
        }
        Verifier verifier = b.build();
        List<Judged> out = new ArrayList<>();
        while (targets.hasNext()) {
            JobInput.Target t = targets.next();
            VerificationResult r = null;
            String readError = null;
            try {
                r = verifier.verify(HadoopFiles.read(t.uri(), conf));
            } catch (IOException e) {
                readError = InputFiles.reason(e);
            }
            String status = VerificationReport.status(r, t.explicit());
            String line = new String(PythonJsonWriter.toBytes(VerificationReport.json(t.shown(), status, r, readError),
                    PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8);
            out.add(new Judged(line, status, r != null && r.ok(), readError != null));
        }
        return out.iterator();
    }
}
