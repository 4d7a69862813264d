package dev.ophamin.cli;

/** The exit codes every command uses; docs/cli.md lists them. */
public final class ExitCode {
    /** Success; for a scenario run, VALIDATED. */
    public static final int OK = 0;
    /** A verification failed, a claim was REFUTED, a regression was found, a phase failed. */
    public static final int FAILED = 1;
    /** Bad usage, or input that does not exist, cannot be read or is invalid. */
    public static final int USAGE = 2;
    /** A scenario run ended INCONCLUSIVE. */
    public static final int INCONCLUSIVE = 3;
    /** A bug in ophamin itself (reported on one line, never as a stack trace). */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
