package dev.ophamin.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The harness judging other implementations: this kit behind the protocol passes every case;
 * CPython's json fails exactly where the spec deliberately differs from it; a broken adapter
 * (keys in UTF-16 order) fails exactly the cases whose keys the two orders sort apart.
 */
class ImplementationProtocolTest {
    static final Path FIXTURES = ConformanceTest.fixtures();
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    static List<SuiteReport> run(List<String> command, List<Path> dirs) throws Exception {
        try (ProcessImplementation impl = new ProcessImplementation(command, TIMEOUT)) {
            return Conformance.run(ProtocolSuites.discover(dirs, impl));
        }
    }

    static Set<String> failures(List<SuiteReport> reports) {
        Set<String> out = new TreeSet<>();
        reports.forEach(r -> r.failures().forEach(c -> out.add(r.suite() + " " + c.name())));
        return out;
    }

    static List<String> libraryAdapter() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LibraryAdapter.class.getName());
    }

    @Test
    void theKitBehindTheProtocolPassesEverything() throws Exception {
        List<SuiteReport> reports = run(libraryAdapter(), List.of(FIXTURES, ConformanceTest.shared()));
        assertEquals(Set.of(), failures(reports));
        assertTrue(reports.stream().allMatch(r -> r.unsupported() == 0), "the self-check supports every request");
        assertTrue(reports.stream().map(SuiteReport::suite).toList().containsAll(List.of("canonical-fixtures", "doubles",
                "reference-fixtures", "jsontestsuite", "jcs-vectors", "shipped-records")));
    }

    /**
     * The spec's deliberate differences from CPython: repeated keys, and the depth limit of 500 for
     * documents CPython still reads (past about 1,000 levels its own recursion limit refuses them).
     */
    static Set<String> cpythonDifferences() {
        Set<String> out = new TreeSet<>();
        for (String line : Files2.lines(FIXTURES.resolve("canonical").resolve("refused.jsonl"))) {
            if (!line.isBlank()) {
                JsonObject c = Files2.jsonLine(line);
                String v = Files2.str(c, "violation");
                byte[] in = Base64.getDecoder().decode(Files2.str(c, "input_b64"));
                if (v.equals("duplicate-key") || (v.equals("depth-limit") && nesting(in) < 1000)) {
                    out.add("canonical-fixtures " + Files2.str(c, "id") + " python-json");
                }
            }
        }
        return out;
    }

    @Test
    void cpythonFailsExactlyWhereTheSpecDiffersFromIt() throws Exception {
        List<SuiteReport> reports = run(List.of("python3", "../examples/implementations/cpython_json.py"),
                List.of(FIXTURES, ConformanceTest.shared()));
        Set<String> expected = cpythonDifferences();
        // the spellings the reference's base64.b64decode takes and the spec refuses (attestations
        // are unsupported: no ed25519 in the stdlib)
        for (String line : Files2.lines(FIXTURES.resolve(RecordFixtureSuite.FILE))) {
            JsonObject c = Files2.jsonLine(line);
            if (Files2.str(c, "expect").equals("refused") && Files2.str(c, "reference").equals("accepts")
                    && !Files2.str(c, "rule").startsWith("attestation")) {
                expected.add("text-for-bytes " + Files2.str(c, "id"));
            }
        }
        JsonTestSuiteSuite.expectations().forEach((file, e) -> {
            if (e[0].equals("accept") && !e[1].equals("accept")) {
                expected.add("jsontestsuite " + file);
            }
        });
        assertEquals(expected, failures(reports));
        SuiteReport jcs = reports.stream().filter(r -> r.suite().equals("jcs-vectors")).findFirst().orElseThrow();
        assertEquals(jcs.cases(), jcs.unsupported(), "CPython's json offers no JCS");
    }

    @Test
    void aBrokenImplementationsFailuresAreReportedExactly() throws Exception {
        Path adapter = Path.of("src/test/resources/implementations/utf16_order.py");
        List<SuiteReport> reports = run(List.of("python3", adapter.toString()), List.of(FIXTURES));
        Set<String> expected = cpythonDifferences();
        for (String line : Files2.lines(FIXTURES.resolve("canonical").resolve("accepted.jsonl"))) {
            if (!line.isBlank()) {
                JsonObject c = Files2.jsonLine(line);
                JsonValue v = JsonReader.standard().read(Base64.getDecoder().decode(Files2.str(c, "input_b64")));
                if (ordersDiffer(v)) {
                    expected.add("canonical-fixtures " + Files2.str(c, "id") + " python-json");
                }
            }
        }
        assertTrue(expected.size() > cpythonDifferences().size(), "the fixtures hold keys the two orders sort apart");
        assertEquals(expected, failures(reports));
    }

    static int nesting(byte[] json) {
        int d = 0;
        int max = 0;
        for (byte b : json) {
            if (b == '[' || b == '{') {
                max = Math.max(max, ++d);
            } else if (b == ']' || b == '}') {
                d--;
            }
        }
        return max;
    }

    /** True when some object's keys sort differently by UTF-16 unit than by code point. */
    static boolean ordersDiffer(JsonValue v) {
        if (v instanceof JsonArray a) {
            return a.items().stream().anyMatch(ImplementationProtocolTest::ordersDiffer);
        }
        if (!(v instanceof JsonObject o)) {
            return false;
        }
        List<String> byUnit = new ArrayList<>(o.keys());
        List<String> byPoint = new ArrayList<>(o.keys());
        byUnit.sort(String::compareTo);
        byPoint.sort((x, y) -> Arrays.compare(x.codePoints().toArray(), y.codePoints().toArray()));
        return !byUnit.equals(byPoint) || o.members().values().stream().anyMatch(ImplementationProtocolTest::ordersDiffer);
    }

    @Test
    void protocolBreachesStopTheRun() throws Exception {
        // no answer at all, a malformed answer, and a command that cannot start
        for (List<String> cmd : List.of(List.of("sleep", "30"), List.of("sh", "-c", "while read l; do echo maybe; done"),
                List.of("sh", "-c", "read l; exit 0"))) {
            try (ProcessImplementation impl = new ProcessImplementation(cmd, Duration.ofMillis(500))) {
                assertThrows(ProtocolSuites.Broken.class,
                        () -> Conformance.run(ProtocolSuites.discover(List.of(FIXTURES), impl)), cmd.toString());
            }
        }
        assertThrows(Implementation.ProtocolException.class,
                () -> new ProcessImplementation(List.of("/no/such/implementation"), TIMEOUT));
    }

}
