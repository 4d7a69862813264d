package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code conformance --implementation}: its exit codes and table, on small suites. */
class ConformanceImplementationTest {
    static final Path SHARED = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus");

    static String self() {
        return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.ophamin.conformance.LibraryAdapter";
    }

    @Test
    void exitCodesSayWhatHappened() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED));
        String jcs = SHARED.resolve("jcs-testdata").toString();
        String suite = SHARED.resolve("JSONTestSuite").toString();
        Cli ok = Cli.run("conformance", "--corpus", jcs, "--implementation", self());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("unsupported") && ok.out().contains("jcs-vectors"), ok.out());
        Cli cpython = Cli.run("conformance", "--corpus", suite, "--implementation",
                "python3 ../examples/implementations/cpython_json.py");
        assertEquals(1, cpython.exit(), cpython.out() + cpython.err());
        assertEquals(5, cpython.out().lines().filter(l -> l.startsWith("FAIL jsontestsuite ")).count(), cpython.out());
        Cli unsupported = Cli.run("conformance", "--corpus", jcs, "--implementation",
                "python3 ../examples/implementations/cpython_json.py");
        assertEquals(0, unsupported.exit(), "unsupported is never a failure: " + unsupported.out());
        Cli garbage = Cli.run("conformance", "--corpus", jcs, "--implementation", "sh -c 'while read l; do echo what; done'");
        assertEquals(2, garbage.exit());
        assertTrue(garbage.err().contains("malformed answer: what"), garbage.err());
        Cli missing = Cli.run("conformance", "--corpus", jcs, "--implementation", "/no/such/adapter");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("cannot start /no/such/adapter"), missing.err());
        assertEquals(2, Cli.run("conformance", "--corpus", jcs, "--implementation", "python3 'unterminated").exit());
    }
}
