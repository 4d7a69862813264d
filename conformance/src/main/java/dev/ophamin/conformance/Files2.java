package dev.ophamin.conformance;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small reading helpers shared by the suites. */
final class Files2 {
    private Files2() {
    }

    static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }

    static JsonObject jsonLine(String line) {
        try {
            return (JsonObject) JsonReader.standard().read(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object line: " + e.getMessage());
        }
    }

    /** One line of the doubles fixture: the double's bits in hex, and Python's repr of it. */
    record DoubleCase(String hex, double value, String repr) {
    }

    /** Visits every case of a gzipped doubles fixture, streaming (the file holds about 150,000). */
    static void doubles(Path file, java.util.function.Consumer<DoubleCase> visit) throws IOException {
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(file)), java.nio.charset.StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    String hex = line.substring(0, comma);
                    visit.accept(new DoubleCase(hex, Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16)),
                            line.substring(comma + 1)));
                }
            }
        }
    }

    /** The string member, or null when absent or JSON null. */
    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString ? ((JsonString) v).value() : null;
    }
}
