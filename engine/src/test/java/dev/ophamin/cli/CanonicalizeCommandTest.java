package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code ophamin canonicalize} contract of issue 2. Single-document runs go through the
 * picocli command in-process; {@code --lines} writes straight to the process's stdout file
 * descriptor, so those runs use a child JVM on the test class path.
 */
class CanonicalizeCommandTest {
    private static final String DOC = "{ \"b\": [1, 2.50, 1E5], \"a\": \"\u00e9\\u007f\", \"n\": NaN }";
    private static final String CANONICAL = "{\"a\":\"\\u00e9\\u007f\",\"b\":[1,2.5,100000.0],\"n\":NaN}";
    private static final String KEY = "ophamin-canonical-test-key-v1";

    @TempDir
    Path tmp;

    // ----- one document

    @Test
    void writesCanonicalBytesWithoutTrailingNewline() throws IOException {
        Run r = run(null, "canonicalize", file("doc.json", DOC));
        assertEquals(0, r.exit, r.err);
        assertEquals(CANONICAL, r.out);
        assertEquals("", r.err);
    }

    @Test
    void readsStandardInputForDashOrNoFile() throws IOException {
        byte[] in = DOC.getBytes(StandardCharsets.UTF_8);
        assertEquals(CANONICAL, run(in, "canonicalize", "-").out);
        Run r = run(in, "canonicalize");
        assertEquals(0, r.exit);
        assertEquals(CANONICAL, r.out);
    }

    @Test
    void invalidInputWritesNothingAndNamesFileAndReason() throws IOException {
        String f = file("dup.json", "{\"a\":1,\"a\":2}");
        Run r = run(null, "canonicalize", f);
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertOneLine(r.err);
        assertTrue(r.err.contains(f + ": duplicate-key"), r.err);
    }

    @Test
    void invalidUtf8AndTrailingContentAreReported() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.write(bad, new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'});
        Run r = run(null, "canonicalize", bad.toString());
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertTrue(r.err.contains(bad + ": invalid-utf8"), r.err);

        Run stdin = run("[1] [2]".getBytes(StandardCharsets.US_ASCII), "canonicalize");
        assertEquals(2, stdin.exit);
        assertEquals("", stdin.out);
        assertTrue(stdin.err.contains("<stdin>: trailing-content"), stdin.err);
    }

    @Test
    void missingFileIsAOneLineError() {
        Run r = run(null, "canonicalize", tmp.resolve("absent.json").toString());
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertOneLine(r.err);
        assertTrue(r.err.contains("absent.json: no such file"), r.err);
    }

    @Test
    void jcsProfile() throws IOException {
        Run r = run(null, "canonicalize", "--profile", "jcs", file("j.json", "{\"b\":1e21,\"a\":\"\u00e9\\u007f\",\"c\":2.0}"));
        assertEquals(0, r.exit, r.err);
        assertEquals("{\"a\":\"\u00e9\u007f\",\"b\":1e+21,\"c\":2}", r.out);

        Run nan = run(null, "canonicalize", "--profile", "jcs", file("nan.json", DOC));
        assertEquals(2, nan.exit);
        assertEquals("", nan.out);
        assertTrue(nan.err.contains("nan.json: non-finite-number"), nan.err);
    }

    @Test
    void unknownProfileIsAUsageError() throws IOException {
        Run r = run(null, "canonicalize", "--profile", "yaml", file("doc.json", DOC));
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertTrue(r.err.contains("yaml"), r.err);
    }

    @Test
    void hmacKeyPrintsLowerCaseHexOfCanonicalBytes() throws IOException {
        String f = file("doc.json", DOC);
        String expected = hmac(KEY.getBytes(StandardCharsets.UTF_8), CANONICAL.getBytes(StandardCharsets.US_ASCII));
        Run text = run(null, "canonicalize", "--hmac-key", KEY, f);
        assertEquals(0, text.exit, text.err);
        assertTrue(text.out.matches("[0-9a-f]{64}\n?"), text.out);
        assertEquals(expected, text.out.strip());

        String hexKey = toHex(KEY.getBytes(StandardCharsets.UTF_8)).toUpperCase();
        Run hex = run(null, "canonicalize", "--hmac-key-hex", hexKey, f);
        assertEquals(0, hex.exit, hex.err);
        assertEquals(expected, hex.out.strip());

        Run jcs = run(null, "canonicalize", "--profile", "jcs", "--hmac-key", KEY, file("j.json", "[1.0,\"\u00e9\"]"));
        assertEquals(hmac(KEY.getBytes(StandardCharsets.UTF_8), "[1,\"\u00e9\"]".getBytes(StandardCharsets.UTF_8)),
                jcs.out.strip());
    }

    @Test
    void hmacOptionErrors() throws IOException {
        String f = file("doc.json", DOC);
        Run badHex = run(null, "canonicalize", "--hmac-key-hex", "xyz", f);
        assertEquals(2, badHex.exit);
        assertEquals("", badHex.out);
        assertTrue(badHex.err.contains("--hmac-key-hex"), badHex.err);

        Run both = run(null, "canonicalize", "--hmac-key", "k", "--hmac-key-hex", "6b", f);
        assertEquals(2, both.exit);
        assertEquals("", both.out);
    }

    // ----- --lines (child JVM)

    @Test
    void linesGivesOneOutputLinePerInputLine() throws Exception {
        String input = "{\"b\":1,\"a\":2}\n{\"a\":1,\"a\":2}\n\n[1.0, 1E400]\nnot json\n\"last line without newline\"";
        Run r = cli(input.getBytes(StandardCharsets.UTF_8), "canonicalize", "--lines");
        assertEquals(2, r.exit, r.err);
        assertEquals("{\"a\":2,\"b\":1}\n\n\n[1.0,Infinity]\n\n\"last line without newline\"\n", r.out);
        List<String> errs = Arrays.asList(r.err.split("\n"));
        assertEquals(3, errs.size(), r.err);
        assertTrue(errs.get(0).startsWith("line 2: duplicate-key"), r.err);
        assertTrue(errs.get(1).startsWith("line 3: empty-input"), r.err);
        assertTrue(errs.get(2).startsWith("line 5: syntax"), r.err);
    }

    @Test
    void linesExitZeroWhenAllValidWithHmacAndJcs() throws Exception {
        byte[] in = "[2.50]\n{\"\u00e9\":1}\n".getBytes(StandardCharsets.UTF_8);
        Run plain = cli(in, "canonicalize", "--lines");
        assertEquals(0, plain.exit, plain.err);
        assertEquals("[2.5]\n{\"\\u00e9\":1}\n", plain.out);
        assertEquals("", plain.err);

        Run jcs = cli(in, "canonicalize", "--lines", "--profile", "jcs");
        assertEquals("[2.5]\n{\"\u00e9\":1}\n", jcs.out);

        byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
        Run mac = cli(in, "canonicalize", "--lines", "--hmac-key", KEY);
        assertEquals(hmac(key, "[2.5]".getBytes(StandardCharsets.US_ASCII)) + "\n"
                + hmac(key, "{\"\\u00e9\":1}".getBytes(StandardCharsets.US_ASCII)) + "\n", mac.out);
    }

    /** Every single-line accepted fixture through one --lines run, per profile. */
    @Test
    void linesOverTheAcceptedFixtures() throws Exception {
        Path fixtures = Path.of(System.getProperty("ophamin.root", ".."), "fixtures/canonical/accepted.jsonl");
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        List<String> python = new ArrayList<>();
        List<String> jcs = new ArrayList<>();
        for (String line : Files.readAllLines(fixtures, StandardCharsets.UTF_8)) {
            JsonObject f = (JsonObject) JsonReader.standard().read(line.getBytes(StandardCharsets.UTF_8));
            byte[] doc = Base64.getDecoder().decode(((JsonString) f.get("input_b64")).value());
            if (contains(doc, (byte) '\n')) {
                continue;
            }
            in.write(doc);
            in.write('\n');
            python.add(((JsonString) f.get("python_json")).value());
            jcs.add(f.get("jcs") instanceof JsonString ? ((JsonString) f.get("jcs")).value() : "");
        }
        assertTrue(python.size() > 300, "fixture lines used: " + python.size());
        Run p = cli(in.toByteArray(), "canonicalize", "--lines");
        assertEquals(0, p.exit, p.err);
        assertEquals(String.join("\n", python) + "\n", p.out);
        Run j = cli(in.toByteArray(), "canonicalize", "--lines", "--profile", "jcs");
        assertEquals(2, j.exit);
        assertEquals(String.join("\n", jcs) + "\n", j.out);
    }

    /**
     * Several threads give what one gives, byte for byte, with the messages in line order: enough
     * lines for many batches, an invalid one in each few hundred, lines of very different sizes.
     */
    @Test
    void linesOnSeveralThreadsKeepOrderAndMessages() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            if (i % 337 == 5) {
                in.append("{\"a\":1,\"a\":").append(i).append("}\n");
            } else {
                in.append("{\"z\":").append(i).append(",\"y\":\"").append("x".repeat(i % 500)).append("\",\"f\":")
                        .append(i / 7.0).append("}\n");
            }
        }
        byte[] bytes = in.toString().getBytes(StandardCharsets.UTF_8);
        Run one = cli(bytes, "canonicalize", "--lines", "--jobs", "1");
        Run many = cli(bytes, "canonicalize", "--lines", "--jobs", "3");
        assertEquals(2, one.exit);
        assertEquals(2, many.exit);
        assertEquals(one.out, many.out);
        assertEquals(one.err, many.err);
        assertEquals(20_000, one.out.split("\n", -1).length - 1);
        assertEquals(60, one.err.lines().count(), "one message per invalid line");
        assertTrue(one.err.startsWith("line 6: duplicate-key"), one.err);
        assertTrue(one.out.startsWith("{\"f\":0.0,\"y\":\"\",\"z\":0}\n"), one.out.substring(0, 40));
    }

    @Test
    void jobsBelowOneIsAUsageError() throws Exception {
        Run r = cli("1\n".getBytes(StandardCharsets.UTF_8), "canonicalize", "--lines", "--jobs", "0");
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertTrue(r.err.contains("--jobs must be at least 1"), r.err);
    }

    // ----- helpers

    private record Run(int exit, String out, String err) {
    }

    private String file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    /** In-process: System.in/out/err swapped for the call, picocli's writers pointed at them. */
    private static synchronized Run run(byte[] stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(System.out, true));
            cl.setErr(new PrintWriter(System.err, true));
            int exit = cl.execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** In a child JVM on this test's class path, for output written to the stdout descriptor. */
    private static Run cli(byte[] stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        Thread feeder = new Thread(() -> {
            try (var os = p.getOutputStream()) {
                os.write(stdin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        feeder.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        drain.start();
        byte[] out = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        feeder.join();
        drain.join();
        return new Run(exit, new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLine(String err) {
        assertTrue(!err.isEmpty() && err.indexOf('\n') == err.length() - 1, "one line expected: " + err);
    }

    private static boolean contains(byte[] b, byte x) {
        for (byte y : b) {
            if (y == x) {
                return true;
            }
        }
        return false;
    }

    private static String hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return toHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String toHex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xFF));
        }
        return sb.toString();
    }
}
