package dev.ophamin.spark;

import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Option;

/** {@code --out DIR}, every job's output directory. */
final class OutputOption {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (new or empty).")
    String dir;

    JobOutput create(Configuration conf) {
        return JobOutput.create(dir, conf);
    }
}
