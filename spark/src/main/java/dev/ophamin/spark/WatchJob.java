package dev.ophamin.spark;

import dev.ophamin.DecodeException;
import dev.ophamin.build.BuildInfo;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.Identity;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.record.RecordKind;
import dev.ophamin.regression.ProofFacts;
import dev.ophamin.regression.RegressionWatch;
import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scala.Tuple2;

/** {@code ophamin-spark watch}: the regression pairing of {@code watch-proofs}, read in parallel. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Pair the proofs of two corpora by scenario and claim, as 'ophamin watch-proofs' does (the "
                + "latest proof per pairing key stands), classify each verdict change, and write the signed "
                + "RegressionAlertRecord (OUT/alert.json), OUT/unreadable.txt (proofs the model refused) and OUT/_SUCCESS."},
        footer = {"%nExit codes: 0 no regression; 1 at least one regression; 2 bad usage, an unreadable path or key "
                + "file, or an output directory that is not empty."})
final class WatchJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark = new SparkOptions();

    @Option(names = "--before", required = true, paramLabel = "PATH", description = "The earlier proof corpus.")
    String before;

    @Option(names = "--after", required = true, paramLabel = "PATH", description = "The later proof corpus.")
    String after;

    @Option(names = "--key-file", paramLabel = "F",
            description = "The HMAC key file the alert is signed with (default: the kind's reference key).")
    String keyFile;

    @Mixin
    OutputOption out = new OutputOption();

    @Override
    public Integer call() throws IOException {
        SparkSession session = spark.session("watch");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        HmacKey key = keyFile == null ? HmacKey.ofText("default", RecordKind.REGRESSION_ALERT.defaultKey())
                : HadoopFiles.key(keyFile, conf);
        List<JobInput.Target> b = JobInput.collect(List.of(before), conf);
        List<JobInput.Target> a = JobInput.collect(List.of(after), conf);
        JobOutput output = out.create(conf);
        try {
            Broadcast<SerializableWritable<Configuration>> hadoop = jsc.broadcast(new SerializableWritable<>(conf));
            Side sb = side(jsc, b, before, hadoop);
            Side sa = side(jsc, a, after, hadoop);
            RegressionAlertRecord alert = RecordSigner.sign(RegressionWatch.compare(before, sb.read, sb.standing, after,
                    sa.read, sa.standing, Identity.now(), BuildInfo.engine(), BuildInfo.gitCommit()), key);
            output.write("alert.json", RecordFiles.bytes(alert));
            List<String> unreadable = new ArrayList<>(sb.unreadable);
            unreadable.addAll(sa.unreadable);
            output.write("unreadable.txt", unreadable.isEmpty() ? "" : String.join("\n", unreadable) + "\n");
            output.succeed();
            long regressions = alert.transitions().stream().filter(t -> t.transitionClass().equals("regression")).count();
            System.err.printf("ophamin-spark watch: %d paired, %d regressions; %d only before, %d only after; alert %s in %s%n",
                    alert.transitions().size(), regressions, alert.unmatchedInBefore().size(),
                    alert.unmatchedInAfter().size(), alert.alertId(), out.dir);
            return regressions > 0 ? 1 : 0;
        } catch (RuntimeException | IOException e) {
            output.abandon();
            throw e;
        }
    }

    /** One corpus: the standing proof per key, how many proofs were read, which could not be. */
    private record Side(Map<String, ProofFacts> standing, long read, List<String> unreadable) {
    }

    private Side side(JavaSparkContext jsc, List<JobInput.Target> targets, String root,
                      Broadcast<SerializableWritable<Configuration>> hadoop) {
        String prefix = root.endsWith("/") ? root : root + "/";
        // facts of each proof (key, facts), or (null, "path: why") for a proof the model refused
        JavaPairRDD<String, ProofFacts> all = jsc.parallelize(targets, spark.partitions(jsc.defaultParallelism(),
                        targets.size()))
                .mapPartitionsToPair(it -> facts(it, prefix, hadoop.value().value())).cache();
        JavaPairRDD<String, ProofFacts> proofs = all.filter(t -> t._2() != null);
        long read = proofs.count();
        Map<String, ProofFacts> standing = proofs.reduceByKey(ProofFacts::later).collectAsMap();
        List<String> unreadable = all.filter(t -> t._2() == null).keys().collect();
        all.unpersist();
        return new Side(new java.util.TreeMap<>(standing), read, unreadable);
    }

    private static Iterator<Tuple2<String, ProofFacts>> facts(Iterator<JobInput.Target> targets, String prefix,
                                                              Configuration conf) {
        List<Tuple2<String, ProofFacts>> out = new ArrayList<>();
        while (targets.hasNext()) {
            JobInput.Target t = targets.next();
            String rel = t.shown().startsWith(prefix) ? t.shown().substring(prefix.length()) : t.shown();
            JsonValue doc;
            try {
                doc = JsonReader.standard().read(HadoopFiles.read(t.uri(), conf));
            } catch (IOException | DecodeException e) {
                continue; // not JSON that can be read: not a proof of this corpus (as watch-proofs)
            }
            if (RecordKind.detect(doc) != RecordKind.PROOF) {
                continue;
            }
            try {
                ProofFacts f = ProofFacts.of(ProofRecord.fromJson(doc), Path.of(rel));
                out.add(new Tuple2<>(f.key(), f));
            } catch (RecordFormatException e) {
                out.add(new Tuple2<>(t.shown() + ": " + e.getMessage(), null));
            }
        }
        return out.iterator();
    }

}
