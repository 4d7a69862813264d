package dev.ophamin.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Access to ../shared (read in place, never copied). */
final class Shared {
    private Shared() {
    }

    static Path root() {
        String p = System.getProperty("ophamin.shared");
        Path root = p == null ? Path.of("..", "..", "shared") : Path.of(p);
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("corpus")),
                "../shared/corpus is not present at " + root.toAbsolutePath());
        return root;
    }

    static Path corpus() {
        return root().resolve("corpus").resolve("ophamin");
    }

    /** One MANIFEST.tsv row. */
    record Row(String path, String kind, String expect, String key) {
        Path file() {
            return corpus().resolve(path);
        }
    }

    static List<Row> manifest() {
        try {
            List<Row> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(corpus().resolve("MANIFEST.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
