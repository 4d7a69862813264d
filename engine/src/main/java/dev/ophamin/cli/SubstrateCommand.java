package dev.ophamin.cli;

import dev.ophamin.substrate.Substrates;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin substrate list}. */
@Command(name = "substrate", mixinStandardHelpOptions = true, description = "The substrates a scenario can drive.",
        subcommands = {SubstrateCommand.ListCommand.class})
public final class SubstrateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (list)");
    }

    /** {@code substrate list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Substrate specs accepted by --substrate.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (String[] k : Substrates.KINDS) {
                out.printf("%-20s %s%n", k[0], k[1]);
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
