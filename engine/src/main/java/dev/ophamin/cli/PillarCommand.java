package dev.ophamin.cli;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.pillar.Pillar;
import dev.ophamin.pillar.Pillars;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ophamin pillar list [--json]} and {@code ophamin pillar show NAME}: the statistical pillars. */
@Command(name = "pillar", mixinStandardHelpOptions = true,
        description = "List the statistical pillars or show one.",
        subcommands = {PillarCommand.ListPillars.class, PillarCommand.ShowPillar.class})
public final class PillarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw CliException.usage("pillar: expected a subcommand, list or show");
    }

    static JsonObject json(Pillar p) {
        return JsonObject.builder()
                .put("name", p.name())
                .put("method", p.method())
                .put("parameters", p.parameters())
                .put("library", p.library().id())
                .put("library_version", p.libraryVersion())
                .put("reference", p.reference())
                .put("entry_point", p.entryPoint())
                .build();
    }

    static void printJson(PrintWriter out, JsonValue v) {
        out.println(new String(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.INDENT2), StandardCharsets.UTF_8));
        out.flush();
    }

    /** {@code pillar list}: one line per pillar, or a JSON array. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every pillar.")
    static final class ListPillars implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean asJson;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (asJson) {
                List<JsonValue> items = new ArrayList<>();
                Pillars.all().forEach(p -> items.add(json(p)));
                printJson(out, new JsonArray(items));
                return ExitCode.OK;
            }
            int width = Pillars.all().stream().mapToInt(p -> p.name().length()).max().orElse(0);
            for (Pillar p : Pillars.all()) {
                out.printf("%-" + width + "s  %-10s %-8s %s%n", p.name(), p.library().id(), p.libraryVersion(),
                        p.method());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code pillar show NAME}: every field of one pillar as JSON. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one pillar as JSON.")
    static final class ShowPillar implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "A pillar name from 'pillar list'.")
        String name;

        @Override
        public Integer call() {
            Pillar p = Pillars.find(name).orElseThrow(() -> CliException.usage(
                    "pillar show: no pillar named '" + name + "' (see 'ophamin pillar list')"));
            printJson(spec.commandLine().getOut(), json(p));
            return ExitCode.OK;
        }
    }
}
