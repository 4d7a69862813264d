package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code python3 fixtures/generate.py --out DIR} writes exactly the committed fixture files. */
class GeneratorReproducesFixturesTest {
    private static final List<String> FILES = List.of(
            "canonical/accepted.jsonl", "canonical/refused.jsonl", "doubles/doubles.txt.gz",
            "records/text-for-bytes.jsonl", "records/attested-proof.json");

    @Test
    void committedFixturesAreTheGeneratorsOutput(@TempDir Path tmp) throws IOException {
        Python.assumeAvailable("fixture reproducibility check");
        Path fixtures = TestFiles.fixtures();
        Python.run(new byte[0], fixtures.resolve("generate.py").toString(), "--out", tmp.toString());
        for (String f : FILES) {
            byte[] committed = Files.readAllBytes(fixtures.resolve(f));
            byte[] generated = Files.readAllBytes(tmp.resolve(f));
            if (!Arrays.equals(committed, generated)) {
                String hint = "";
                if (f.endsWith(".gz") && Arrays.equals(gunzip(committed), gunzip(generated))) {
                    hint = " (same content once decompressed: this zlib compresses differently)";
                }
                fail("fixtures/" + f + " differs from what fixtures/generate.py writes; rerun it and commit" + hint);
            }
            assertTrue(committed.length > 0, f);
        }
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
