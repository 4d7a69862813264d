package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    static Path corpus;
    static List<String[]> manifest;

    @BeforeAll
    static void locate() throws Exception {
        corpus = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus/ophamin missing");
        manifest = Files.readAllLines(corpus.resolve("MANIFEST.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)).collect(Collectors.toList());
    }

    static Path first(String kind, String expect) {
        return manifest.stream().filter(r -> r[1].equals(kind) && r[2].equals(expect)
                        && (r.length < 4 || !r[3].equals("ophamin-throughput-proof-key")))
                .map(r -> corpus.resolve(r[0])).findFirst().orElseThrow();
    }

    @Test
    void oneGoodRecord() {
        CliRun r = CliRun.of("verify", first("proof", "verifies").toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].startsWith("OK       proof  "), lines[0]);
        assertTrue(lines[0].contains("key=default"), lines[0]);
        assertEquals("1 checked: 1 ok, 0 unsigned, 0 failed, 0 errors, 0 skipped", lines[1]);
    }

    @Test
    void walkingTheCorpusSkipsNonRecordsAndFailsOnRejects() {
        CliRun r = CliRun.of("verify", corpus.toString());
        assertEquals(1, r.exit());
        long rejects = manifest.stream().filter(x -> x[2].equals("rejects")).count();
        long throughput = manifest.stream().filter(x -> x.length > 3 && x[3].equals("ophamin-throughput-proof-key")).count();
        long fails = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("FAIL")).count();
        assertEquals(rejects + throughput, fails, "only the rejects and the other-key proofs fail");
        assertTrue(r.out().contains("SKIPPED  " + corpus.resolve("exhibits/wedge_memory_2026-05-31/manifest.json")));
        long unsigned = manifest.stream().filter(x -> x[2].equals("unsigned")).count();
        assertTrue(r.out().contains(", " + unsigned + " unsigned, "), r.out());
    }

    @Test
    void offeredKeysMakeEverySignedRecordPassAndAreNamed(@TempDir Path tmp) throws Exception {
        Path keyFile = tmp.resolve("throughput.key");
        Files.writeString(keyFile, "ophamin-throughput-proof-key\n");
        Path target = corpus.resolve(manifest.stream().filter(x -> x.length > 3
                && x[3].equals("ophamin-throughput-proof-key")).findFirst().orElseThrow()[0]);
        CliRun r = CliRun.of("verify", "--key", "nope", "--key-file", keyFile.toString(), target.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("key=" + keyFile), r.out());
        CliRun hex = CliRun.of("verify", "--key-hex", hexOf("ophamin-throughput-proof-key"), target.toString());
        assertTrue(hex.out().contains("key=--key-hex#1"), hex.out());
    }

    private static String hexOf(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }

    @Test
    void unsignedNeedsAllowUnsigned() {
        String f = first("proof", "unsigned").toString();
        CliRun refused = CliRun.of("verify", f);
        assertEquals(1, refused.exit());
        assertTrue(refused.out().startsWith("UNSIGNED proof  "), refused.out());
        assertEquals(0, CliRun.of("verify", "--allow-unsigned", f).exit());
    }

    @Test
    void jsonLinesCarryTheContractFields() {
        CliRun r = CliRun.of("verify", "--json", first("proof", "verifies").toString(), first("proof", "rejects").toString());
        assertEquals(1, r.exit());
        String[] lines = r.out().trim().split("\n");
        assertEquals(2, lines.length, "no summary line in --json mode");
        for (String l : lines) {
            for (String field : List.of("\"path\":", "\"kind\":", "\"schema_version\":", "\"ok\":", "\"id_ok\":",
                    "\"signature\":", "\"key\":", "\"attestation\":", "\"schema_errors\":", "\"problems\":", "\"error\":")) {
                assertTrue(l.contains(field), field + " missing in " + l);
            }
        }
        String good = Arrays.stream(lines).filter(l -> l.contains("\"ok\":true")).findFirst().orElseThrow();
        assertTrue(good.contains("\"signature\":\"valid\"") && good.contains("\"key\":\"default\""), good);
        String bad = Arrays.stream(lines).filter(l -> l.contains("\"ok\":false")).findFirst().orElseThrow();
        assertTrue(bad.contains("\"signature\":\"invalid\""), bad);
    }

    @Test
    void parallelOutputEqualsSequential() {
        CliRun one = CliRun.of("verify", "--jobs", "1", corpus.toString());
        CliRun two = CliRun.of("verify", "--jobs", "2", corpus.toString());
        assertEquals(one.out(), two.out());
        assertEquals(one.exit(), two.exit());
    }

    @Test
    void badPathsAndNonRecords(@TempDir Path tmp) throws Exception {
        CliRun missing = CliRun.of("verify", tmp.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertEquals("", missing.out());
        assertTrue(missing.err().contains("nope.json: no such file or directory"), missing.err());

        Path notRecord = tmp.resolve("x.json");
        Files.writeString(notRecord, "{\"a\": 1}");
        CliRun explicit = CliRun.of("verify", notRecord.toString());
        assertEquals(1, explicit.exit());
        assertTrue(explicit.out().startsWith("ERROR    " + notRecord + "  not a record"), explicit.out());

        Path broken = tmp.resolve("y.json");
        Files.writeString(broken, "{\"proof_id\": ");
        CliRun walked = CliRun.of("verify", tmp.toString());
        assertEquals(1, walked.exit());
        assertTrue(walked.out().contains("SKIPPED  " + notRecord), walked.out());
        assertTrue(walked.out().contains("ERROR    " + broken + "  syntax"), walked.out());

        Path empty = Files.createDirectory(tmp.resolve("empty"));
        CliRun none = CliRun.of("verify", empty.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no record found"), none.err());

        assertEquals(2, CliRun.of("verify", "--jobs", "0", notRecord.toString()).exit());
        assertEquals(2, CliRun.of("verify").exit());
    }

    @Test
    void untrustedAuthorsFail(@TempDir Path tmp) throws Exception {
        Path attested = manifest.stream().filter(x -> x[1].equals("proof") && x[2].equals("verifies"))
                .map(x -> corpus.resolve(x[0])).filter(p -> {
                    try {
                        return Files.readString(p).contains("\"attestation\"");
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        Path trust = tmp.resolve("trust.json");
        Files.writeString(trust, "{\"someone\": \"" + "ab".repeat(32) + "\"}");
        CliRun r = CliRun.of("verify", "--trusted-authors", trust.toString(), attested.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("attestation by untrusted author"), r.out());
        Files.writeString(trust, "[1]");
        CliRun bad = CliRun.of("verify", "--trusted-authors", trust.toString(), attested.toString());
        assertEquals(2, bad.exit());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void validateAddsSchemaAndStructure() {
        CliRun r = CliRun.of("validate", first("proof", "verifies").toString());
        assertEquals(0, r.exit(), r.out());
        // authentic, but the reference's validate() flags its empty substrate commit
        Path crdt = manifest.stream().filter(x -> x[0].contains("crdt-laws") && x[2].equals("verifies"))
                .map(x -> corpus.resolve(x[0])).findFirst().orElseThrow();
        assertEquals(0, CliRun.of("verify", crdt.toString()).exit());
        CliRun v = CliRun.of("validate", crdt.toString());
        assertEquals(1, v.exit(), v.out());
        assertTrue(v.out().startsWith("FAIL     proof  ") && v.out().contains("substrate_git_commit"), v.out());
    }

    /** Runs through Main's dispatch (the fast path for verify, validate, canonicalize), capturing output. */
    static String[] fast(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = Main.commandLine(args);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int code = cl.execute(Main.fast(args[0]) != null ? Arrays.copyOfRange(args, 1, args.length) : args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void theFastPathAnswersAsTheFullTreeDoes() {
        Path proofs = corpus.resolve("proofs");
        String[] viaFast = fast("verify", "--json", proofs.toString());
        dev.ophamin.testing.Cli full = dev.ophamin.testing.Cli.run("verify", "--json", proofs.toString());
        assertEquals(Integer.toString(full.exit()), viaFast[0]);
        assertEquals(full.out(), viaFast[1], "same lines, same order, with threads by default");
        String[] bad = fast("verify", "--no-such-option", proofs.toString());
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("Try 'ophamin verify --help'"), bad[2]);
        String[] help = fast("verify", "--help");
        assertTrue(help[1].startsWith("Usage: ophamin verify"), help[1]);
        assertEquals(full.out(), dev.ophamin.testing.Cli.run("verify", "--json", "--jobs", "1", proofs.toString()).out(),
                "one thread and the default agree");
    }
}
