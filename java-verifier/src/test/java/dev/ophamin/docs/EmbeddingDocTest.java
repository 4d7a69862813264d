package dev.ophamin.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.SignatureException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docs/embedding.md shows exactly the code of EmbeddingExample, and that code works. */
class EmbeddingDocTest {
    private static final Path ROOT = Path.of(System.getProperty("ophamin.root", ".."));

    @Test
    void theDocShowsTheCompiledExample() throws Exception {
        String source = Files.readString(ROOT.resolve("java-verifier/src/test/java/dev/ophamin/docs/EmbeddingExample.java"));
        String example = source.substring(source.indexOf("// --- example start\n") + "// --- example start\n".length(),
                source.indexOf("    // --- example end"));
        String doc = Files.readString(ROOT.resolve("docs/embedding.md"));
        assertTrue(doc.contains(example.stripTrailing()), "docs/embedding.md must contain the example verbatim");
    }

    @Test
    void theExampleVerifiesAndRejects() throws Exception {
        Path corpus = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");
        Assumptions.assumeTrue(Files.isDirectory(corpus));
        List<String> rows = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
        Path good = corpus.resolve(rows.stream().filter(r -> r.contains("\tproof\tverifies\tophamin-scenario-proof-key"))
                .filter(r -> {
                    try {
                        return !Files.readString(corpus.resolve(r.split("\t")[0])).contains("\"attestation\"");
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow().split("\t")[0]);
        Path bad = corpus.resolve(rows.stream().filter(r -> r.contains("\trejects\t")).findFirst().orElseThrow().split("\t")[0]);
        String someKey = "ab".repeat(32);
        assertTrue(EmbeddingExample.check(good, "our-lab-key", someKey));
        assertFalse(EmbeddingExample.check(bad, "our-lab-key", someKey));
        assertThrows(SignatureException.class, () -> EmbeddingExample.strictOrThrow(Files.readAllBytes(bad)));
    }
}
