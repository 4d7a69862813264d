package dev.ophamin.substrate;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonBool;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.corpus.CorpusRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drives an external program over the JSON-lines protocol of spec/SUBSTRATE_PROTOCOL.md: one
 * process per cycle (isolation) or one process kept from one reset to the next (speed). Timeouts kill the process; crashes,
 * timeouts and malformed replies fail the cycle they happened in, with the program's stderr tail.
 */
public final class ProcessSubstrate implements Substrate {
    /** How many cycles share one process. */
    public enum Mode { PER_CYCLE, PER_BATCH }

    private static final int STDERR_KEEP = 4096;
    private static final String EOF = "\u0000eof";

    private final List<String> command;
    private final Mode mode;
    private final Duration timeout;
    private String name;
    private String anchor;
    private String sourceDir;
    private Session open;

    public ProcessSubstrate(List<String> command, Mode mode, Duration timeout) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("process substrate: empty command");
        }
        this.command = List.copyOf(command);
        this.mode = mode;
        this.timeout = timeout;
    }

    @Override
    public synchronized String name() {
        handshakeOnce();
        return name;
    }

    @Override
    public synchronized String versionAnchor() {
        handshakeOnce();
        return anchor;
    }

    /** The {@code source_dir} the program declared in its hello reply, or null. */
    @Override
    public synchronized java.nio.file.Path sourceDir() {
        handshakeOnce();
        return sourceDir == null || sourceDir.isEmpty() ? null : java.nio.file.Path.of(sourceDir);
    }

    private void handshakeOnce() {
        if (name != null) {
            return;
        }
        try (Session s = new Session()) {
            name = s.name;
            anchor = s.anchor;
            sourceDir = s.sourceDir;
        } catch (SubstrateFailure e) {
            throw new IllegalArgumentException("process substrate " + String.join(" ", command) + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void reset() {
        // the next cycle starts a fresh process, which starts from its initial state
        closeSession();
    }

    @Override
    public synchronized CycleResult cycle(CorpusRecord stimulus, JsonObject params) {
        if (open == null) {
            try {
                open = new Session();
            } catch (SubstrateFailure e) {
                return CycleResult.failed(e.getMessage());
            }
        }
        try {
            return open.cycle(stimulus, params);
        } catch (SubstrateFailure e) {
            closeSession(); // a broken process is not reused
            return CycleResult.failed(e.getMessage());
        } finally {
            if (mode == Mode.PER_CYCLE) {
                closeSession();
            }
        }
    }

    @Override
    public synchronized void close() {
        closeSession();
    }

    private void closeSession() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    /** A cycle-level failure: its message becomes the failed cycle's error. */
    static final class SubstrateFailure extends Exception {
        private static final long serialVersionUID = 1L;

        SubstrateFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** One running process with its reply queue and stderr tail. */
    private final class Session implements AutoCloseable {
        private final Process process;
        private final OutputStream stdin;
        private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        private final StringBuilder stderr = new StringBuilder();
        private final String name;
        private final String anchor;
        private final String sourceDir;

        Session() throws SubstrateFailure {
            try {
                process = new ProcessBuilder(command).start();
            } catch (IOException e) {
                throw new SubstrateFailure("cannot start " + command.get(0) + ": " + e.getMessage());
            }
            stdin = process.getOutputStream();
            pump(process.getInputStream(), true);
            pump(process.getErrorStream(), false);
            JsonObject hello = request(JsonObject.builder().put("op", "hello").put("protocol", 1L).build());
            name = string(hello, "name", "process");
            anchor = string(hello, "version_anchor", "");
            sourceDir = string(hello, "source_dir", "");
        }

        CycleResult cycle(CorpusRecord r, JsonObject params) throws SubstrateFailure {
            JsonObject reply = request(JsonObject.builder().put("op", "cycle").put("id", r.id()).put("text", r.text())
                    .put("metadata", r.metadata()).put("params", params).build());
            if (reply.get("ok") != JsonBool.TRUE) {
                return CycleResult.failed("substrate reported: " + string(reply, "error", "no error text"));
            }
            JsonValue m = reply.get("measurements");
            JsonValue t = reply.get("timings");
            if (!(m instanceof JsonObject) || (t != null && !(t instanceof JsonObject))) {
                throw new SubstrateFailure("malformed reply: measurements must be an object");
            }
            return CycleResult.ok((JsonObject) m, t == null ? JsonObject.EMPTY : (JsonObject) t);
        }

        private JsonObject request(JsonObject message) throws SubstrateFailure {
            try {
                stdin.write(PythonJsonWriter.toBytes(message, PythonJsonWriter.Layout.CANONICAL));
                stdin.write('\n');
                stdin.flush();
            } catch (IOException e) {
                throw new SubstrateFailure(exited("closed its input"));
            }
            String line;
            try {
                line = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SubstrateFailure("interrupted");
            }
            if (line == null) {
                process.destroyForcibly();
                throw new SubstrateFailure("timeout after " + timeout.toMillis() + " ms waiting for a reply to "
                        + ((JsonString) message.get("op")).value() + stderrTail());
            }
            if (line == EOF) {
                throw new SubstrateFailure(exited("ended without a reply"));
            }
            try {
                JsonValue v = JsonReader.standard().read(line.getBytes(StandardCharsets.UTF_8));
                if (v instanceof JsonObject) {
                    return (JsonObject) v;
                }
            } catch (DecodeException e) {
                throw new SubstrateFailure("malformed reply (" + e.getMessage() + "): " + abbreviate(line));
            }
            throw new SubstrateFailure("malformed reply (not an object): " + abbreviate(line));
        }

        private String exited(String what) {
            try {
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String code = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
            return "substrate " + what + code + stderrTail();
        }

        private String stderrTail() {
            synchronized (stderr) {
                String s = stderr.toString().strip();
                return s.isEmpty() ? "" : "; stderr: " + abbreviate(s.replace('\n', ' '));
            }
        }

        private void pump(InputStream in, boolean isStdout) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String l;
                    while ((l = r.readLine()) != null) {
                        if (isStdout) {
                            replies.add(l);
                        } else {
                            synchronized (stderr) {
                                stderr.append(l).append('\n');
                                if (stderr.length() > STDERR_KEEP) {
                                    stderr.delete(0, stderr.length() - STDERR_KEEP);
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    // the process went away; the reader sees EOF below
                } finally {
                    if (isStdout) {
                        replies.add(EOF);
                    }
                }
            }, "substrate-" + (isStdout ? "stdout" : "stderr"));
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() {
            try {
                stdin.close();
            } catch (IOException e) {
                // already gone
            }
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static String string(JsonObject o, String key, String fallback) {
        return o.get(key) instanceof JsonString ? ((JsonString) o.get(key)).value() : fallback;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
