package dev.ophamin.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the suites in corpus directories and runs them. */
public final class Conformance {
    private Conformance() {
    }

    /**
     * The suites found in {@code dirs}. A directory may be the project's fixtures, the shared corpus
     * root, or any single suite's own directory.
     *
     * @throws IllegalArgumentException naming a directory in which no suite was found
     */
    public static List<Suite> discover(List<Path> dirs) {
        return discover(dirs, java.util.Map.of("jdk", dev.ophamin.verify.Ed25519Check.jdk()));
    }

    /**
     * As {@link #discover(List)}, running the Wycheproof ed25519 vectors through each named
     * attestation backend ({@code wycheproof-ed25519-<name>}).
     */
    public static List<Suite> discover(List<Path> dirs, java.util.Map<String, dev.ophamin.verify.Ed25519Check> ed25519) {
        List<Suite> suites = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                throw new IllegalArgumentException(d + ": not a directory");
            }
            int before = suites.size();
            addSuites(d, suites);
            addWycheproof(d, ed25519, suites);
            addWycheproof(d.resolve("wycheproof"), ed25519, suites);
            addSuites(d.resolve("ophamin"), suites);
            addSuites(d.resolve("JSONTestSuite"), suites);
            addSuites(d.resolve("jcs-testdata"), suites);
            if (suites.size() == before) {
                throw new IllegalArgumentException(d + ": no conformance suite found (expected fixtures, "
                        + "a corpus with MANIFEST.tsv, JSONTestSuite, the JCS test data or Wycheproof vectors)");
            }
        }
        return suites;
    }

    private static void addWycheproof(Path d, java.util.Map<String, dev.ophamin.verify.Ed25519Check> ed25519,
                                      List<Suite> suites) {
        if (Files.isRegularFile(d.resolve("ed25519_test.json"))) {
            new java.util.TreeMap<>(ed25519).forEach((name, check) ->
                    suites.add(new WycheproofEd25519Suite(d.resolve("ed25519_test.json"), name, check)));
        }
        if (Files.isRegularFile(d.resolve("hmac_sha256_test.json"))) {
            suites.add(new WycheproofHmacSuite(d.resolve("hmac_sha256_test.json")));
        }
    }

    private static void addSuites(Path d, List<Suite> suites) {
        if (Files.isRegularFile(d.resolve("canonical").resolve("accepted.jsonl"))) {
            suites.add(new ProjectFixtureSuite(d));
        }
        if (Files.isRegularFile(d.resolve("doubles").resolve("doubles.txt.gz"))) {
            suites.add(new DoublesSuite(d));
        }
        if (Files.isRegularFile(d.resolve(RecordFixtureSuite.FILE))) {
            suites.add(new RecordFixtureSuite(d));
        }
        if (Files.isDirectory(d.resolve("tests").resolve("canonical_form"))) {
            suites.add(new ReferenceFixtureSuite(d.resolve("tests").resolve("canonical_form")));
        }
        if (Files.isRegularFile(d.resolve("MANIFEST.tsv"))) {
            suites.add(new ShippedRecordSuite(d));
            suites.add(new EmitterRoundTripSuite(d));
        }
        if (Files.isDirectory(d.resolve("test_parsing"))) {
            suites.add(new JsonTestSuiteSuite(d));
        }
        if (Files.isDirectory(d.resolve("testdata").resolve("input"))) {
            suites.add(new JcsVectorSuite(d.resolve("testdata")));
        } else if (Files.isDirectory(d.resolve("input")) && Files.isDirectory(d.resolve("output"))) {
            suites.add(new JcsVectorSuite(d));
        }
    }

    /** Runs each suite; a suite that crashes is reported as one failed case, the others still run. */
    public static List<SuiteReport> run(List<Suite> suites) {
        List<SuiteReport> reports = new ArrayList<>();
        for (Suite s : suites) {
            try {
                reports.add(SuiteReport.of(s, s.run()));
            } catch (ProtocolSuites.Broken e) {
                throw e;   // an implementation that broke the protocol stops every suite
            } catch (RuntimeException e) {
                reports.add(SuiteReport.of(s, List.of(CaseResult.fail(s.source(), "suite failed: " + e.getMessage()))));
            }
        }
        return reports;
    }
}
