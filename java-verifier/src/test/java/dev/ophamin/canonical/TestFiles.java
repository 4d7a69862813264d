package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ophamin.DecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the tests find the repository's fixtures and the shared corpus, and how they read them. */
final class TestFiles {
    private TestFiles() {
    }

    /** The repository root (surefire sets {@code ophamin.root}; otherwise the parent of the module). */
    static Path repoRoot() {
        String root = System.getProperty("ophamin.root");
        Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        return p.toAbsolutePath().normalize();
    }

    static Path fixtures() {
        return repoRoot().resolve("fixtures");
    }

    /** The shared corpus directory; the test is skipped (with the reason) when it is absent. */
    static Path shared(String sub) {
        String s = System.getProperty("ophamin.shared");
        Path p = (s != null ? Path.of(s) : repoRoot().resolve("../shared")).resolve(sub).normalize();
        assumeTrue(Files.isDirectory(p), "shared corpus not found at " + p);
        return p;
    }

    /** Each line of a JSON-lines fixture file, read with the strict reader. */
    static List<JsonObject> jsonLines(Path file) {
        List<JsonObject> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                out.add((JsonObject) JsonReader.standard().read(line.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DecodeException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A string member, or null when the member is JSON null. */
    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null) {
            throw new AssertionError("fixture line lacks \"" + key + "\": " + o);
        }
        return v instanceof JsonNull ? null : ((JsonString) v).value();
    }
}
