package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignCommandTest {
    static Path corpus() {
        Path p = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");
        Assumptions.assumeTrue(Files.isDirectory(p));
        return p;
    }

    /** Runs the CLI with System.out captured (sign writes raw bytes there). */
    static byte[] stdout(int[] exit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        try {
            exit[0] = Main.commandLine().execute(args);
        } finally {
            System.setOut(old);
        }
        return buf.toByteArray();
    }

    @Test
    void signingEveryShippedRecordWithItsKeyReproducesTheFile() throws Exception {
        List<String[]> rows = Files.readAllLines(corpus().resolve("MANIFEST.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)).filter(f -> f[2].equals("verifies") && !f[1].equals("envelope"))
                .collect(Collectors.toList());
        assertTrue(rows.size() >= 70, "rows " + rows.size());
        for (String[] f : rows) {
            Path file = corpus().resolve(f[0]);
            int[] exit = new int[1];
            byte[] out = stdout(exit, "sign", "--key", f[3], file.toString());
            assertEquals(0, exit[0], f[0]);
            assertArrayEquals(Files.readAllBytes(file), out, f[0]);
        }
    }

    @Test
    void unsignedRecordsGetSignedAndVerify(@TempDir Path tmp) throws Exception {
        String unsigned = Files.readAllLines(corpus().resolve("MANIFEST.tsv")).stream()
                .filter(l -> l.contains("\tunsigned\t")).findFirst().orElseThrow().split("\t")[0];
        Path out = tmp.resolve("signed.json");
        int code = Main.commandLine().execute("sign", "-o", out.toString(), corpus().resolve(unsigned).toString());
        assertEquals(0, code);
        assertTrue(Verifier.builder().build().verify(Files.readAllBytes(out)).ok());
        // -o never replaces an existing file
        assertEquals(2, Main.commandLine().execute("sign", "-o", out.toString(), corpus().resolve(unsigned).toString()));
    }

    @Test
    void attestingWithAGeneratedKey(@TempDir Path tmp) throws Exception {
        String good = Files.readAllLines(corpus().resolve("MANIFEST.tsv")).stream()
                .filter(l -> l.contains("\tproof\tverifies\tophamin-scenario-proof-key")).findFirst().orElseThrow().split("\t")[0];
        Path copy = tmp.resolve("p.json");
        Files.copy(corpus().resolve(good), copy);
        assertEquals(0, Main.commandLine().execute("keys", "generate", "--author", "carol", "--dir", tmp.toString()));
        Path keyFile;
        try (var s = Files.list(tmp)) {
            keyFile = s.filter(p -> !p.equals(copy)).findFirst().orElseThrow();
        }
        assertEquals(2, Main.commandLine().execute("sign", "--attest-key", keyFile.toString(), "--author", "dave",
                "--in-place", copy.toString()));
        assertEquals(0, Main.commandLine().execute("sign", "--attest-key", keyFile.toString(), "--author", "carol",
                "--in-place", copy.toString()));
        var r = Verifier.builder().build().verify(Files.readAllBytes(copy));
        assertTrue(r.ok(), r.reasons().toString());
        assertEquals("carol", r.attestationAuthor());
    }

    @Test
    void badInputWritesNothing(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"proof_id\": \"x\"}");
        Path out = tmp.resolve("out.json");
        int[] exit = new int[1];
        byte[] printed = stdout(exit, "sign", "-o", out.toString(), bad.toString());
        assertEquals(2, exit[0]);
        assertEquals(0, printed.length);
        assertFalse(Files.exists(out));
        assertEquals(2, Main.commandLine().execute("sign", "--key", "a", "--key", "b", bad.toString()));
    }
}
