package dev.ophamin.spark;

import dev.ophamin.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ophamin-spark}: the jobs, for spark-submit or the local launcher. */
@Command(name = "ophamin-spark", mixinStandardHelpOptions = true, version = "ophamin-spark 0.1.0",
        description = "Ophamin's verification, indexing, regression watch and campaign sweeps on Apache Spark.",
        subcommands = {VerifyJob.class, IndexJob.class, WatchJob.class, SweepJob.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  a verification or claim failed", "  2  bad usage, or unreadable or invalid input",
                " 70  internal error"})
public final class SparkMain implements Runnable {
    @Spec
    CommandSpec spec;

    private SparkMain() {
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a job is required: verify, index, watch or sweep");
    }

    public static void main(String[] args) {
        int code = run(args);
        System.exit(code);
    }

    /** Runs one job in this JVM and returns its exit code (tests call this). */
    public static int run(String... args) {
        return Main.configure(new CommandLine(new SparkMain()), "ophamin-spark").execute(args);
    }
}
