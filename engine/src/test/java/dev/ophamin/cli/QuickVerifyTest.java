package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.testing.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The picocli-free verify gives, for every form it takes, the same exit code, output and errors
 * as the picocli command; every other form it leaves to picocli.
 */
class QuickVerifyTest {
    private static final Path ROOT = Path.of(System.getProperty("ophamin.root", "..")).toAbsolutePath();
    private static final Path CORPUS = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome quick(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Integer code = QuickVerify.run(args, new PrintWriter(out), new PrintWriter(err));
        assertNotNull(code, "a plain verify runs without picocli: " + List.of(args));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void samesAsPicocli(String... args) {
        Cli p = Cli.run(args);
        Outcome q = quick(args);
        assertEquals(p.exit(), q.exit(), List.of(args).toString());
        assertEquals(p.out(), q.out(), List.of(args).toString());
        assertEquals(p.err(), q.err(), List.of(args).toString());
    }

    @Test
    void everyPlainFormAnswersAsThePicocliCommand(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/ophamin missing");
        Path attested = ROOT.resolve("fixtures/records/attested-proof.json");
        Path tampered = tmp.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(attested).replace("text-for-bytes", "text-for-bytez"));
        Path notJson = tmp.resolve("not.json");
        Files.writeString(notJson, "{\"a\": ");
        Path empty = Files.createDirectory(tmp.resolve("empty"));

        samesAsPicocli("verify", CORPUS.toString());
        samesAsPicocli("verify", "--json", CORPUS.toString());
        samesAsPicocli("verify", attested.toString());
        samesAsPicocli("verify", "--key", "ophamin-text-for-bytes-test-key", attested.toString());
        samesAsPicocli("verify", "--key", "ophamin-text-for-bytes-test-key", "--json", attested.toString(),
                tampered.toString());
        samesAsPicocli("verify", tampered.toString(), notJson.toString());
        samesAsPicocli("verify", tmp.resolve("absent.json").toString());
        samesAsPicocli("verify", empty.toString());
    }

    @Test
    void everyOtherFormIsLeftToPicocli() {
        for (List<String> args : List.<List<String>>of(List.of("verify"), List.of("verify", "--strict", "x.json"),
                List.of("verify", "-h"), List.of("verify", "--help"), List.of("verify", "x.json", "--key"),
                List.of("verify", "-"), List.of("verify", "--jobs", "2", "x.json"), List.of("verify", "--json"),
                List.of("validate", "x.json"), List.of("canonicalize", "x.json"), List.of())) {
            assertNull(QuickVerify.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())), args.toString());
        }
    }

    /** The point of it: a plain verify loads no picocli class at all. */
    @Test
    void aPlainVerifyLoadsNoPicocliClass(@TempDir Path tmp) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Launch.class.getName(),
                "verify", "--key", "ophamin-text-for-bytes-test-key",
                ROOT.resolve("fixtures/records/attested-proof.json").toString()));
        Path log = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("dev.ophamin.cli.VerifyRun"), "the run went through VerifyRun");
        assertTrue(out.contains("OK       proof"), out.lines().filter(l -> !l.startsWith("[")).toList().toString());
        assertFalse(out.contains(" picocli."), "picocli was loaded");
    }
}
