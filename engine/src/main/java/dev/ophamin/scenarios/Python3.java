package dev.ophamin.scenarios;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a python3 program once, feeding stdin from a thread, for the scipy backend of the
 * cross-check scenarios. Absence of python3 or of a module is an answer, not an error.
 */
final class Python3 {
    /** The program's stdout, or why it could not be had. */
    record Outcome(String stdout, String unavailable) {
        boolean ok() {
            return unavailable == null;
        }
    }

    private Python3() {
    }

    static Outcome run(String program, String stdin, int timeoutSeconds) {
        Process p;
        try {
            p = new ProcessBuilder(List.of("python3", "-c", program)).start();
        } catch (IOException e) {
            return new Outcome(null, "python3 not found");
        }
        Thread feeder = new Thread(() -> {
            try (OutputStream os = p.getOutputStream()) {
                os.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the program ended early; its exit status says why
            }
        });
        feeder.start();
        try {
            byte[] err = new byte[0];
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Outcome(null, "python3 timed out");
            }
            if (p.exitValue() != 0) {
                String e = new String(err, StandardCharsets.UTF_8).strip();
                String last = e.isEmpty() ? "exit code " + p.exitValue() : e.substring(e.lastIndexOf('\n') + 1);
                return new Outcome(null, last.contains("ModuleNotFoundError") ? last.replace("ModuleNotFoundError: ", "") : last);
            }
            return new Outcome(out, null);
        } catch (IOException e) {
            return new Outcome(null, "python3 failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }
}
