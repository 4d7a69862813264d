package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The python3 oracle: one subprocess per call, stdin fed from a thread so pipes never block. */
final class Python {
    private static Boolean available;

    private Python() {
    }

    /** True when {@code python3} runs; remembered for the JVM. */
    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import json, sys").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Skips the calling test, with a visible message, when python3 is missing. */
    static void assumeAvailable(String what) {
        if (!available()) {
            String msg = "python3 not found: " + what + " skipped";
            System.err.println("SKIPPED: " + msg);
            assumeTrue(false, msg);
        }
    }

    /** Runs {@code python3 args...} with {@code stdin}; returns stdout, failing on a non-zero exit. */
    static byte[] run(byte[] stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            Thread feeder = new Thread(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(stdin);
                } catch (IOException e) {
                    // the process ended early; its exit status says why
                }
            });
            feeder.start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drainErr = new Thread(() -> copy(p.getErrorStream(), err));
            drainErr.start();
            byte[] out = p.getInputStream().readAllBytes();
            int rc = p.waitFor();
            feeder.join();
            drainErr.join();
            if (rc != 0) {
                throw new AssertionError("python3 exited " + rc + ": " + err.toString(StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // nothing more to read
        }
    }
}
