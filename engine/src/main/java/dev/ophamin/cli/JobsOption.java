package dev.ophamin.cli;

import picocli.CommandLine.Option;

/** {@code --jobs N}: how many threads a bulk command works with; by default one per core. */
final class JobsOption {
    @Option(names = "--jobs", paramLabel = "N",
            description = "Work with N threads (output order is unchanged). Default: the number of cores.")
    Integer jobs;

    /** The thread count asked for, or the number of cores. */
    int threads() {
        if (jobs != null && jobs < 1) {
            throw CliException.usage("--jobs must be at least 1");
        }
        return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    }
}
