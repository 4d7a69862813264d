package dev.ophamin.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shipped records listed in ../shared/corpus/ophamin/MANIFEST.tsv, read at test time. */
public final class Corpus {
    private Corpus() {
    }

    /** One MANIFEST row. */
    public record Entry(Path file, String path, String kind, String expect, String key) {
    }

    public static Path root() {
        String shared = System.getProperty("ophamin.shared");
        if (shared == null) {
            throw new IllegalStateException("system property ophamin.shared is not set (run through Maven)");
        }
        return Path.of(shared, "corpus", "ophamin");
    }

    public static List<Entry> entries() throws IOException {
        Path root = root();
        List<Entry> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(root.resolve("MANIFEST.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            out.add(new Entry(root.resolve(f[0]), f[0], f[1], f[2], f[3]));
        }
        return out;
    }
}
