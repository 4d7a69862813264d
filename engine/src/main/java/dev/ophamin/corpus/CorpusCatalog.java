package dev.ophamin.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Named corpora: samples bundled with the engine (so every scenario runs with no download) and
 * well-known external corpora that must be downloaded first. External data is looked for under
 * {@code $OPHAMIN_CORPORA/<name>} (default {@code ~/.ophamin/corpora/<name>}).
 */
public final class CorpusCatalog {
    /** One catalog entry. */
    public record Entry(String name, String kind, boolean bundled, String description, String download) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("payloads", "jsonl", true, "240 request payloads, benign and attack-like, labelled (written for this project)", ""),
            new Entry("notes", "text-folder", true, "24 short lab notes as text files (written for this project)", ""),
            new Entry("reviews", "csv", true, "60 product reviews in a CSV column with a rating column (written for this project)", ""),
            new Entry("office-mail", "mail", true, "a small Enron-layout maildir of 30 synthetic office e-mails (written for this project)", ""),
            new Entry("phrasebook", "flores", true, "40 parallel sentences in eng_Latn, fra_Latn, deu_Latn in the FLORES layout (written for this project)", ""),
            new Entry("repo", "git-log", false, "the commit messages of the git checkout around the current directory",
                    "run from inside a git checkout, or pass --corpus-dir REPO"),
            new Entry("enron", "mail", false, "the Enron e-mail corpus (maildir)",
                    "download the May 7, 2015 release from https://www.cs.cmu.edu/~enron/ and unpack it so that <dir>/maildir/<user>/... exists"),
            new Entry("flores200", "flores", false, "FLORES-200 devtest (parallel sentences)",
                    "download flores200_dataset from https://github.com/facebookresearch/flores and unpack it so that <dir>/devtest/<lang>.devtest exists"));

    private CorpusCatalog() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** Where external corpora live. */
    public static Path externalRoot(Map<String, String> env) {
        String e = env.get("OPHAMIN_CORPORA");
        return e != null && !e.isBlank() ? Path.of(e) : Path.of(System.getProperty("user.home"), ".ophamin", "corpora");
    }

    /**
     * The corpus named {@code name}.
     *
     * @throws IllegalArgumentException for an unknown name, or an external corpus that is not there,
     *     saying what to download and where to put it
     */
    public static Corpus open(String name, Map<String, String> env) {
        for (Entry e : ENTRIES) {
            if (e.name().equals(name)) {
                if (e.bundled()) {
                    return connector(e.kind(), name, SourceTree.bundled(name));
                }
                if (e.kind().equals("git-log")) {
                    Path cwd = Path.of("").toAbsolutePath();
                    for (Path d = cwd; d != null; d = d.getParent()) {
                        if (Files.exists(d.resolve(".git"))) {
                            return new GitLog(name, d);
                        }
                    }
                    throw new IllegalArgumentException("corpus repo: " + cwd + " is not inside a git checkout: " + e.download());
                }
                Path dir = externalRoot(env).resolve(name);
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException("corpus " + name + " is not downloaded: " + e.download().replace("<dir>", dir.toString()));
                }
                return openDirectory(name, dir);
            }
        }
        List<String> names = new ArrayList<>();
        ENTRIES.forEach(e -> names.add(e.name()));
        throw new IllegalArgumentException("unknown corpus '" + name + "' (known: " + String.join(", ", names) + ")");
    }

    /**
     * A corpus from a path, its layout detected: a git repository, a FLORES devtest folder, a
     * maildir or {@code *.mbox}, a {@code *.jsonl} file, a {@code *.csv} file (column {@code text}),
     * or a folder of {@code *.txt} files.
     */
    public static Corpus openDirectory(String name, Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file or directory");
        }
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isRegularFile(path)) {
            if (file.endsWith(".jsonl")) {
                return new Connectors.JsonLines(name, SourceTree.of(path));
            }
            if (file.endsWith(".csv")) {
                return new Connectors.CsvColumn(name, SourceTree.of(path), "text");
            }
            if (file.endsWith(".mbox")) {
                return new Connectors.Mail(name, SourceTree.of(path));
            }
            throw new IllegalArgumentException(path + ": not a corpus file (expected .jsonl, .csv or .mbox)");
        }
        if (Files.exists(path.resolve(".git"))) {
            return new GitLog(name, path);
        }
        if (Files.isDirectory(path.resolve("devtest"))) {
            return new Connectors.Flores(name, SourceTree.of(path), null);
        }
        if (Files.isDirectory(path.resolve("maildir"))) {
            return new Connectors.Mail(name, SourceTree.of(path.resolve("maildir")));
        }
        SourceTree tree = SourceTree.of(path);
        List<String> files = tree.files();
        if (files.stream().anyMatch(f -> f.endsWith(".jsonl"))) {
            return new Connectors.JsonLines(name, filtered(path, ".jsonl"));
        }
        if (files.stream().anyMatch(f -> f.endsWith(".txt"))) {
            return new Connectors.TextFolder(name, tree);
        }
        throw new IllegalArgumentException(path + ": no corpus layout recognised (git repository, devtest/, maildir/, "
                + "*.jsonl, *.csv, *.mbox or *.txt files)");
    }

    private static SourceTree filtered(Path dir, String suffix) {
        SourceTree all = SourceTree.of(dir);
        return new SourceTree() {
            @Override
            public String describe() {
                return all.describe();
            }

            @Override
            public List<String> files() {
                return all.files().stream().filter(f -> f.endsWith(suffix)).collect(java.util.stream.Collectors.toList());
            }

            @Override
            public java.io.InputStream open(String relative) throws java.io.IOException {
                return all.open(relative);
            }

            @Override
            public String fingerprint() {
                return all.fingerprint();
            }

            @Override
            public Path cacheDirectory() {
                return all.cacheDirectory();
            }
        };
    }

    static Corpus connector(String kind, String name, SourceTree tree) {
        switch (kind) {
            case "jsonl": return new Connectors.JsonLines(name, tree);
            case "text-folder": return new Connectors.TextFolder(name, tree);
            case "csv": return new Connectors.CsvColumn(name, tree, "text");
            case "mail": return new Connectors.Mail(name, tree);
            case "flores": return new Connectors.Flores(name, tree, null);
            default: throw new IllegalArgumentException("unknown corpus kind " + kind);
        }
    }

    static Stream<Entry> bundled() {
        return ENTRIES.stream().filter(Entry::bundled);
    }
}
