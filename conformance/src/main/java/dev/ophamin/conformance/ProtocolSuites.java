package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.record.RecordKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conformance suites run through an {@link Implementation}: every case becomes requests of the
 * line protocol and is judged on the answers alone. A refusal's reason is not judged (the codes
 * are this kit's); an {@code unsupported} answer is counted apart, never as a failure.
 */
public final class ProtocolSuites {
    /** Thrown to stop every suite when the implementation broke the protocol. */
    public static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Broken(Implementation.ProtocolException e) {
            super(e.getMessage(), null, false, false);
        }
    }

    private ProtocolSuites() {
    }

    /** The suites found in {@code dirs}, run through {@code impl}. */
    public static List<Suite> discover(List<Path> dirs, Implementation impl) {
        List<Suite> suites = new ArrayList<>();
        for (Path d : dirs) {
            for (Path c : List.of(d, d.resolve("ophamin"), d.resolve("JSONTestSuite"), d.resolve("jcs-testdata"))) {
                add(c, impl, suites);
            }
        }
        return suites;
    }

    private static void add(Path d, Implementation impl, List<Suite> suites) {
        if (Files.isRegularFile(d.resolve("canonical").resolve("accepted.jsonl"))) {
            suites.add(suite("canonical-fixtures", d.resolve("canonical"), () -> canonicalFixtures(d.resolve("canonical"), impl)));
        }
        if (Files.isRegularFile(d.resolve("doubles").resolve("doubles.txt.gz"))) {
            Path f = d.resolve("doubles").resolve("doubles.txt.gz");
            suites.add(suite("doubles", f, () -> doubles(f, impl)));
        }
        if (Files.isRegularFile(d.resolve(RecordFixtureSuite.FILE))) {
            Path f = d.resolve(RecordFixtureSuite.FILE);
            suites.add(suite("text-for-bytes", f, () -> RecordFixtureSuite.cases(f, (key, record) -> {
                try {
                    return impl.verify(key.getBytes(StandardCharsets.UTF_8), record);
                } catch (Implementation.ProtocolException e) {
                    throw new Broken(e);
                }
            })));
        }
        if (Files.isDirectory(d.resolve("tests").resolve("canonical_form"))) {
            Path f = d.resolve("tests").resolve("canonical_form");
            suites.add(suite("reference-fixtures", f, () -> referenceFixtures(f, impl)));
        }
        if (Files.isDirectory(d.resolve("test_parsing"))) {
            suites.add(suite("jsontestsuite", d, () -> jsonTestSuite(d, impl)));
        }
        Path jcs = Files.isDirectory(d.resolve("testdata").resolve("input")) ? d.resolve("testdata") : d;
        if (Files.isDirectory(jcs.resolve("input")) && Files.isDirectory(jcs.resolve("output"))) {
            suites.add(suite("jcs-vectors", jcs, () -> jcsVectors(jcs, impl)));
        }
        if (Files.isRegularFile(d.resolve("MANIFEST.tsv"))) {
            suites.add(suite("shipped-records", d.resolve("MANIFEST.tsv"), () -> shippedRecords(d, impl)));
        }
    }

    private interface Cases {
        List<CaseResult> run();
    }

    private static Suite suite(String name, Path source, Cases cases) {
        return new Suite() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String source() {
                return source.toString();
            }

            @Override
            public List<CaseResult> run() {
                return cases.run();
            }
        };
    }

    /** One canonicalization judged: expected bytes, or null for "must refuse". */
    static CaseResult canonical(Implementation impl, String name, String profile, byte[] input, byte[] expected) {
        Implementation.Response r;
        try {
            r = impl.canonicalize(profile, input);
        } catch (Implementation.ProtocolException e) {
            throw new Broken(e);
        }
        switch (r.kind()) {
            case UNSUPPORTED:
                return CaseResult.unsupported(name);
            case REFUSED:
                return expected == null ? CaseResult.pass(name) : CaseResult.fail(name, "expected " + show(expected)
                        + ", got refused " + r.reason());
            default:
                if (expected == null) {
                    return CaseResult.fail(name, "expected a refusal, got ok " + show(r.output()));
                }
                return Arrays.equals(expected, r.output()) ? CaseResult.pass(name)
                        : CaseResult.fail(name, "expected " + show(expected) + ", got ok " + show(r.output()));
        }
    }

    private static String show(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static List<CaseResult> canonicalFixtures(Path dir, Implementation impl) {
        List<CaseResult> out = new ArrayList<>();
        for (String line : Files2.lines(dir.resolve("accepted.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject c = Files2.jsonLine(line);
            byte[] in = Base64.getDecoder().decode(Files2.str(c, "input_b64"));
            String id = Files2.str(c, "id");
            out.add(canonical(impl, id + " python-json", "python-json", in, Files2.str(c, "python_json")
                    .getBytes(StandardCharsets.UTF_8)));
            String jcs = Files2.str(c, "jcs");
            out.add(canonical(impl, id + " jcs", "jcs", in, jcs == null ? null : jcs.getBytes(StandardCharsets.UTF_8)));
        }
        for (String line : Files2.lines(dir.resolve("refused.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject c = Files2.jsonLine(line);
            byte[] in = Base64.getDecoder().decode(Files2.str(c, "input_b64"));
            String id = Files2.str(c, "id");
            boolean jcsOnly = Files2.str(c, "rule").startsWith("jcs-");
            out.add(canonical(impl, id + " " + (jcsOnly ? "jcs" : "python-json"), jcsOnly ? "jcs" : "python-json", in, null));
        }
        return out;
    }

    /** Each double written with 17 significant digits must come out as Python's repr. */
    private static List<CaseResult> doubles(Path file, Implementation impl) {
        List<CaseResult> out = new ArrayList<>();
        try {
            Files2.doubles(file, c -> {
                if (Double.isFinite(c.value())) {   // JSON text cannot spell the others; the fixtures' own suite covers them
                    byte[] in = ("[" + String.format(Locale.ROOT, "%.16e", c.value()) + "]").getBytes(StandardCharsets.US_ASCII);
                    out.add(canonical(impl, c.hex(), "python-json", in, ("[" + c.repr() + "]").getBytes(StandardCharsets.US_ASCII)));
                }
            });
        } catch (IOException e) {
            out.add(CaseResult.fail(file.toString(), "unreadable: " + e.getMessage()));
        }
        return out;
    }

    private static List<CaseResult> referenceFixtures(Path dir, Implementation impl) {
        List<CaseResult> out = new ArrayList<>();
        for (String n : names(dir, ".input.json")) {
            out.add(canonical(impl, n, "python-json", Files2.bytes(dir.resolve(n + ".input.json")),
                    Files2.bytes(dir.resolve(n + ".canonical.bytes"))));
        }
        return out;
    }

    private static List<CaseResult> jcsVectors(Path dir, Implementation impl) {
        List<CaseResult> out = new ArrayList<>();
        for (String n : names(dir.resolve("input"), "")) {
            out.add(canonical(impl, n, "jcs", Files2.bytes(dir.resolve("input").resolve(n)),
                    Files2.bytes(dir.resolve("output").resolve(n))));
        }
        return out;
    }

    /** JSONTestSuite against the spec's expectations: accepted files must give CPython's bytes. */
    private static List<CaseResult> jsonTestSuite(Path root, Implementation impl) {
        Map<String, String[]> expected = JsonTestSuiteSuite.expectations();
        List<CaseResult> out = new ArrayList<>();
        for (String sub : new String[] {"test_parsing", "test_transform"}) {
            for (String n : names(root.resolve(sub), "")) {
                String rel = sub + "/" + n;
                String[] e = expected.get(rel);
                if (e == null) {
                    continue;
                }
                Implementation.Response r;
                try {
                    r = impl.canonicalize("python-json", Files2.bytes(root.resolve(sub).resolve(n)));
                } catch (Implementation.ProtocolException ex) {
                    throw new Broken(ex);
                }
                boolean accept = e[1].equals("accept");
                out.add(switch (r.kind()) {
                    case UNSUPPORTED -> CaseResult.unsupported(rel);
                    case REFUSED -> accept ? CaseResult.fail(rel, "refused " + r.reason() + ", expected CPython's bytes")
                            : CaseResult.pass(rel);
                    default -> !accept ? CaseResult.fail(rel, "accepted, expected a refusal (" + e[1] + ")")
                            : RecordKind.sha256Hex(r.output()).equals(e[2]) ? CaseResult.pass(rel)
                            : CaseResult.fail(rel, "bytes differ from CPython's");
                });
            }
        }
        return out;
    }

    /** Every MANIFEST row: "verifies" must answer ok with the row's key; the others must be refused. */
    private static List<CaseResult> shippedRecords(Path dir, Implementation impl) {
        List<CaseResult> out = new ArrayList<>();
        List<String> lines = Files2.lines(dir.resolve("MANIFEST.tsv"));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t", -1);
            if (line.isBlank() || f.length < 3 || f[2].equals("fixture") || f[2].equals("not-a-record")) {
                continue;
            }
            String key = f.length > 3 ? f[3] : "";
            Implementation.Response r;
            try {
                r = impl.verify(key.getBytes(StandardCharsets.UTF_8), Files2.bytes(dir.resolve(f[0])));
            } catch (Implementation.ProtocolException e) {
                throw new Broken(e);
            }
            boolean shouldVerify = f[2].equals("verifies");
            out.add(switch (r.kind()) {
                case UNSUPPORTED -> CaseResult.unsupported(f[0]);
                case OK -> shouldVerify ? CaseResult.pass(f[0]) : CaseResult.fail(f[0], "verified, expected " + f[2]);
                default -> shouldVerify ? CaseResult.fail(f[0], "refused " + r.reason() + ", expected to verify")
                        : CaseResult.pass(f[0]);
            });
        }
        return out;
    }

    private static List<String> names(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": unreadable: " + e.getMessage());
        }
    }
}
