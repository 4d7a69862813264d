package dev.ophamin.testing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one python3 process over many inputs: each input goes in as one base64 line, the script
 * answers each with one base64 line. The reference's stdlib is the oracle.
 */
public final class PythonOracle {
    private PythonOracle() {
    }

    /** Preamble giving the script {@code inputs()} (decoded bytes) and {@code answer(bytes)}. */
    private static final String PRELUDE = String.join("\n",
            "import sys, base64",
            "def inputs():",
            "    for line in sys.stdin:",
            "        yield base64.b64decode(line.strip())",
            "def answer(b):",
            "    sys.stdout.write(base64.b64encode(b).decode() + '\\n')",
            "");

    public static List<byte[]> run(String python, String script, List<byte[]> inputs) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(python, "-c", PRELUDE + script);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream out = p.getOutputStream()) {
                for (byte[] in : inputs) {
                    out.write(Base64.getEncoder().encode(in));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<byte[]> answers = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                answers.add(Base64.getDecoder().decode(line));
            }
        }
        int rc = p.waitFor();
        feed.join();
        if (rc != 0) {
            throw new IllegalStateException(python + " failed (" + rc + "): " + err.join());
        }
        return answers;
    }

    public static List<byte[]> run(String script, List<byte[]> inputs) throws IOException, InterruptedException {
        return run("python3", script, inputs);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        parts.forEach(o::writeBytes);
        return o.toByteArray();
    }
}
