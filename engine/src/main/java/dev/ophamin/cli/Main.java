package dev.ophamin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code ophamin} command line. */
public final class Main {
    private Main() {
    }

    /** Same as {@link Launch#main}, the jar's entry point. */
    public static void main(String[] args) {
        Launch.main(args);
    }

    /** Runs the CLI in-process and returns the exit code (used by tests). */
    public static int run(String... args) {
        return commandLine(args).execute(args.length > 0 && fast(args[0]) != null
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
    }

    /**
     * The commands that start without building the whole command tree: picocli reads the
     * annotations of every command it is given, so {@code ophamin verify} would otherwise pay for
     * fifty classes it never runs. {@code ophamin --help} and anything unknown get the full tree.
     */
    static Object fast(String name) {
        // a switch, not a static map: Main's initialisation must not load a command class (and
        // picocli with it) before QuickVerify has had its chance
        return switch (name) {
            case "verify" -> new VerifyCommand();
            case "validate" -> new ValidateCommand();
            case "canonicalize" -> new CanonicalizeCommand();
            default -> null;
        };
    }

    /** The command line that will run {@code args}: one command when it is a fast one, else the full tree. */
    public static CommandLine commandLine(String... args) {
        Object command = args.length > 0 ? fast(args[0]) : null;
        if (command != null) {
            CommandLine cl = configure(new CommandLine(command));
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
        return configure(cl, "ophamin");
    }

    /**
     * One-line errors prefixed with {@code program}, documented exit codes, no stack traces: a
     * {@link CliException} ends with its own code, a bad command line with 2, anything else with 70.
     * The project's other command line (ophamin-spark) is configured here too.
     */
    public static CommandLine configure(CommandLine cl, String program) {
        cl.setExecutionExceptionHandler((ex, line, parsed) -> failure(program, ex, line.getErr()));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(program + ": " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCode.USAGE;
        });
        return cl;
    }

    /** One line for a command's failure, and its exit code: a CliException's own, else internal error. */
    static int failure(String program, Exception ex, PrintWriter err) {
        if (ex instanceof CliException) {
            err.println(program + ": " + ex.getMessage());
            err.flush();
            return ((CliException) ex).exitCode();
        }
        err.println(program + ": internal error: " + ex);
        err.flush();
        return ExitCode.INTERNAL;
    }
}
