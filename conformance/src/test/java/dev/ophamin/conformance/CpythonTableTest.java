package dev.ophamin.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed table of CPython's JSONTestSuite verdicts (which the jsontestsuite suite judges
 * against) is exactly what CPython on this machine says today.
 */
class CpythonTableTest {
    @Test
    void committedTableEqualsLiveCPython() throws Exception {
        Path root = Path.of(System.getProperty("ophamin.root", ".."));
        Path suite = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "JSONTestSuite");
        assumeTrue(Files.isDirectory(suite), "../shared/corpus/JSONTestSuite missing");
        Process p;
        try {
            p = new ProcessBuilder("python3", root.resolve("fixtures/jsontestsuite/expectations.py").toString(),
                    suite.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            System.err.println("SKIPPED: python3 not found: CPython table check skipped");
            assumeTrue(false, "python3 not found");
            return;
        }
        String live = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        String committed = Files.readString(root.resolve("fixtures/jsontestsuite/cpython.tsv"));
        assertEquals(committed, live, "regenerate with: python3 fixtures/jsontestsuite/expectations.py > fixtures/jsontestsuite/cpython.tsv");
    }
}
