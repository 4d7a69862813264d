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
        return commandLine(args).execute(args.length > 0 && FAST.containsKey(args[0])
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
    }

    /**
     * The commands that start without building the whole command tree: picocli reads the
     * annotations of every command it is given, so {@code ophamin verify} would otherwise pay for
     * fifty classes it never runs. {@code ophamin --help} and anything unknown get the full tree.
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> FAST = java.util.Map.of(
            "verify", VerifyCommand::new,
            "validate", ValidateCommand::new,
            "canonicalize", CanonicalizeCommand::new);

    /** The command line that will run {@code args}: one command when it is a fast one, else the full tree. */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0 && FAST.containsKey(args[0])) {
            CommandLine cl = configure(new CommandLine(FAST.get(args[0]).get()));
            cl.setCommandName("ophamin " + args[0]);
            return cl;
        }
        return commandLine();
    }

    /** The configured command line: one-line errors, documented exit codes, no stack traces. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new OphaminCommand()));
    }

    private static CommandLine configure(CommandLine cl) {
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
