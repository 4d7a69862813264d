package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A million random doubles written by CPython at test time, laid out as its repr does. */
class GeneratedDoublesTest {
    /** Seed of the test-time million; override with -Dophamin.doubles.seed=N to explore others. */
    private static final long SEED = Long.getLong("ophamin.doubles.seed", 1_000_003L);

    @Test
    void aMillionGeneratedDoublesMatchRepr(@TempDir Path tmp) throws IOException {
        Python.assumeAvailable("test-time doubles from python3");
        Python.run(new byte[0], TestFiles.fixtures().resolve("generate.py").toString(), "--only", "doubles",
                "--no-structured-doubles", "--random-doubles", "1000000", "--plain",
                "--seed", Long.toString(SEED), "--out", tmp.toString());
        try (InputStream in = Files.newInputStream(tmp.resolve("doubles/doubles.txt"))) {
            DoublesTest.Tally t = DoublesTest.check(in, false);
            assertEquals(1_000_000, t.lines);
            assertEquals(List.of(), t.mismatches, t.mismatchCount + " of " + t.lines + " doubles differ (seed " + SEED + ")");
        }
    }

}
