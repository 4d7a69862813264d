package dev.ophamin.audit;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external tool as a process: no shell, stdin closed, stdout and stderr read fully on their
 * own threads (so a chatty tool never blocks), killed with its children at the timeout.
 */
public final class ToolProcess {
    /** What the process left: its exit code and both outputs. */
    public record Result(int exitCode, byte[] stdout, byte[] stderr) {
        public String stderrLine() {
            String s = new String(stderr, java.nio.charset.StandardCharsets.UTF_8).strip();
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    private ToolProcess() {
    }

    /** The executable {@code name} on PATH, or null. */
    public static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Runs {@code command} in {@code dir}; PillarException when it cannot start or outlives
     * {@code timeout}. Interrupting the calling thread kills the process too.
     */
    public static Result run(List<String> command, Path dir, Duration timeout) throws PillarException,
            InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new PillarException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        // Own threads, not the common pool: on two cores it has one worker, and a tool that fills
        // stderr while stdout is being drained would block until the timeout.
        CompletableFuture<byte[]> out = drainer(p.getInputStream());
        CompletableFuture<byte[]> err = drainer(p.getErrorStream());
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(p);
                throw new PillarException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            kill(p);
            throw e;
        }
    }

    /** The first line of {@code tool --version} (or the given arguments), or "" when it says nothing. */
    public static String versionLine(List<String> command, Path dir) {
        try {
            Result r = run(command, dir, Duration.ofSeconds(20));
            String s = (new String(r.stdout()) + new String(r.stderr())).strip();
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl).strip();
        } catch (PillarException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static CompletableFuture<byte[]> drainer(InputStream in) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(drain(in));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, "tool-output");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
