package dev.ophamin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code ophamin} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI in-process and returns the exit code (used by tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: one-line errors, documented exit codes, no stack traces. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OphaminCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof CliException) {
                err.println("ophamin: " + ex.getMessage());
                err.flush();
                return ((CliException) ex).exitCode();
            }
            err.println("ophamin: internal error: " + ex);
            err.flush();
            return ExitCode.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println("ophamin: " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCode.USAGE;
        });
        return cl;
    }
}
