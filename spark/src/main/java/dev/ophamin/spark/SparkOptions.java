package dev.ophamin.spark;

import dev.ophamin.cli.CliException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** Options every job shares: where Spark runs. */
final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks to split the input into (default: four per core of the cluster).")
    Integer partitions;

    SparkSession session(String job) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName("ophamin " + job);
        if (master != null) {
            b.master(master);
        } else if (!conf.contains("spark.master")) {
            b.master("local[*]");
        }
        return b.getOrCreate();
    }

    int partitions(int defaultParallelism, int items) {
        if (partitions != null && partitions < 1) {
            throw CliException.usage("--partitions must be at least 1");
        }
        int n = partitions != null ? partitions : defaultParallelism * 4;
        return Math.max(1, Math.min(n, Math.max(items, 1)));
    }
}
