package dev.ophamin.cli;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.corpus.Corpus;
import dev.ophamin.corpus.CorpusCatalog;
import dev.ophamin.corpus.CorpusRecord;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin corpus list|show}. */
@Command(name = "corpus", mixinStandardHelpOptions = true, description = "List and inspect corpora.",
        subcommands = {CorpusCommand.ListCommand.class, CorpusCommand.ShowCommand.class})
public final class CorpusCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (list, show)");
    }

    /** {@code corpus list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Bundled samples and the external corpora the engine knows (and whether they are downloaded).")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "One JSON object per corpus per line.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path ext = CorpusCatalog.externalRoot(System.getenv());
            for (CorpusCatalog.Entry e : CorpusCatalog.entries()) {
                String where = e.bundled() ? "bundled" : Files.isDirectory(ext.resolve(e.name()))
                        ? "at " + ext.resolve(e.name()) : "not downloaded (" + ext.resolve(e.name()) + ")";
                if (json) {
                    JsonObject o = JsonObject.builder().put("name", e.name()).put("kind", e.kind())
                            .put("bundled", e.bundled()).put("where", where).put("description", e.description()).build();
                    out.println(new String(PythonJsonWriter.toBytes(o, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8));
                } else {
                    out.printf("%-14s %-12s %-10s %s%n", e.name(), e.kind(), e.bundled() ? "bundled" : "external",
                            e.description() + (e.bundled() ? "" : "; " + where));
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code corpus show NAME|--dir DIR}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Name, kind, source, record count, content hash and the first records of a corpus.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "A catalog name.")
        String name;

        @Option(names = "--dir", paramLabel = "DIR", description = "A corpus on disk instead of a catalog name.")
        Path dir;

        @Option(names = "--head", paramLabel = "N", defaultValue = "3", description = "Records to show (default ${DEFAULT-VALUE}).")
        int head;

        @Override
        public Integer call() {
            if ((name == null) == (dir == null)) {
                throw CliException.usage("give a corpus NAME or --dir DIR");
            }
            Corpus c;
            try {
                c = dir != null ? CorpusCatalog.openDirectory(dir.toAbsolutePath().normalize().getFileName().toString(), dir)
                        : CorpusCatalog.open(name, System.getenv());
                PrintWriter out = spec.commandLine().getOut();
                out.println("name:          " + c.name());
                out.println("kind:          " + c.kind());
                out.println("source:        " + c.source());
                out.println("records:       " + c.size());
                out.println("content hash:  " + c.contentHash());
                try (var s = c.records()) {
                    s.limit(Math.max(0, head)).forEach((CorpusRecord r) -> out.println("  " + r.id() + ": "
                            + ProofCommand.abbreviate(r.text(), 90)));
                }
                out.flush();
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw CliException.usage(e.getMessage());
            }
            return ExitCode.OK;
        }
    }
}
