package dev.ophamin.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An implementation run as a process: started once, fed one request line at a time on stdin, its
 * one response line per request read from stdout within the per-request timeout. Its stderr is
 * passed through to ours.
 */
public final class ProcessImplementation implements Implementation {
    private static final String EOF = new String("end of output");
    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(1024);
    private final Duration timeout;
    private final String name;

    /** Starts {@code command}; ProtocolException when it cannot be started. */
    public ProcessImplementation(List<String> command, Duration timeout) throws ProtocolException {
        this.timeout = timeout;
        this.name = command.get(0);
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new ProtocolException("cannot start " + name + ": " + e.getMessage());
        }
        in = process.getOutputStream();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.put(line);
                }
            } catch (IOException | InterruptedException e) {
                // the process is gone; the EOF marker below tells the waiting request
            } finally {
                lines.offer(EOF);
            }
        }, "implementation-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public Response canonicalize(String profile, byte[] input) throws ProtocolException {
        return parse(call("canonicalize " + profile + " " + b64(input)), true);
    }

    @Override
    public Response verify(byte[] key, byte[] record) throws ProtocolException {
        return parse(call("verify " + b64(key) + " " + b64(record)), false);
    }

    private String call(String request) throws ProtocolException {
        try {
            in.write((request + "\n").getBytes(StandardCharsets.US_ASCII));
            in.flush();
        } catch (IOException e) {
            throw new ProtocolException(name + " stopped reading its input: " + e.getMessage());
        }
        String line;
        try {
            line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("interrupted");
        }
        if (line == null) {
            throw new ProtocolException(name + " gave no answer within " + timeout.toMillis() + " ms to: "
                    + abbreviate(request));
        }
        if (line == EOF) {
            lines.offer(EOF);
            throw new ProtocolException(name + " ended its output without answering: " + abbreviate(request));
        }
        return line;
    }

    static Response parse(String line, boolean canonicalize) throws ProtocolException {
        if (line.equals("unsupported")) {
            return Response.unsupported();
        }
        if (line.startsWith("refused")) {
            if (line.length() > 7 && line.charAt(7) != ' ') {
                throw new ProtocolException("malformed answer: " + abbreviate(line));
            }
            return Response.refused(line.length() > 8 ? line.substring(8) : "");
        }
        if (!canonicalize && line.equals("ok")) {
            return Response.ok(null);
        }
        if (canonicalize && line.startsWith("ok ")) {
            try {
                return Response.ok(Base64.getDecoder().decode(line.substring(3)));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException("malformed answer (not base64): " + abbreviate(line));
            }
        }
        throw new ProtocolException("malformed answer: " + abbreviate(line));
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // already closed by a process that ended
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
