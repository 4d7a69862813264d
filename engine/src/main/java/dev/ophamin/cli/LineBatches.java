package dev.ophamin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a per-line transformation on several threads: lines are gathered into batches of about a
 * megabyte, each batch is transformed on a worker into its own output, and the outputs are
 * written in input order. A few batches per thread are in flight, so memory stays flat.
 */
final class LineBatches {
    /** Transforms one line; appends its output (without the newline) and returns an error message or null. */
    interface LineTransform {
        String apply(byte[] buf, int off, int len, Output out);
    }

    /** One batch's output bytes; a transform appends to it. */
    static final class Output {
        byte[] buf = new byte[1 << 16];
        int len;

        void write(byte[] b, int off, int n) {
            ensure(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        void write(int b) {
            ensure(1);
            buf[len++] = (byte) b;
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
            }
        }
    }

    private static final int BATCH_BYTES = 1 << 20;
    private static final int BATCH_LINES = 4096;

    private record Done(Output out, StringBuilder errors, long failed) {
    }

    private LineBatches() {
    }

    /** Transforms every line of {@code in}; returns how many lines failed (their messages are on err). */
    static long run(InputStream in, OutputStream out, PrintStream err, int threads, LineTransform transform)
            throws IOException {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ophamin-lines");
            t.setDaemon(true);
            return t;
        }) : null;
        ArrayDeque<Future<Done>> window = new ArrayDeque<>();
        long[] failed = {0};
        Batch[] current = {new Batch(1)};
        try {
            new LineReader(in).forEach((n, buf, off, len) -> {
                Batch b = current[0];
                b.add(buf, off, len);
                if (b.bytes.len >= BATCH_BYTES || b.count == BATCH_LINES) {
                    submit(b, pool, window, transform, threads, out, err, failed);
                    current[0] = new Batch(n + 1);
                }
            });
            if (current[0].count > 0) {
                submit(current[0], pool, window, transform, threads, out, err, failed);
            }
            while (!window.isEmpty()) {
                write(window.removeFirst(), out, err, failed);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return failed[0];
    }

    private static void submit(Batch b, ExecutorService pool, ArrayDeque<Future<Done>> window, LineTransform transform,
                               int threads, OutputStream out, PrintStream err, long[] failed) throws IOException {
        if (pool == null) {
            write(b.transform(transform), out, err, failed);
            return;
        }
        if (window.size() >= threads * 2) {
            write(window.removeFirst(), out, err, failed);
        }
        window.addLast(pool.submit(() -> b.transform(transform)));
    }

    private static void write(Future<Done> f, OutputStream out, PrintStream err, long[] failed) throws IOException {
        try {
            write(f.get(), out, err, failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.FAILED, "interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void write(Done d, OutputStream out, PrintStream err, long[] failed) throws IOException {
        out.write(d.out().buf, 0, d.out().len);
        if (d.failed() > 0) {
            out.flush();    // the messages follow the output they concern
            err.print(d.errors());
            failed[0] += d.failed();
        }
    }

    /** Lines copied out of the reader's buffer: their bytes end to end and where each ends. */
    private static final class Batch {
        final long firstLine;
        final Output bytes = new Output();
        int[] ends = new int[256];
        int count;

        Batch(long firstLine) {
            this.firstLine = firstLine;
        }

        void add(byte[] buf, int off, int len) {
            bytes.write(buf, off, len);
            if (count == ends.length) {
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = bytes.len;
        }

        Done transform(LineTransform transform) {
            Output out = new Output();
            StringBuilder errors = new StringBuilder();
            long failed = 0;
            int start = 0;
            for (int i = 0; i < count; i++) {
                int mark = out.len;
                String error = transform.apply(bytes.buf, start, ends[i] - start, out);
                if (error != null) {
                    out.len = mark;     // an invalid document's line stays empty
                    failed++;
                    errors.append("line ").append(firstLine + i).append(": ").append(error).append('\n');
                }
                out.write('\n');
                start = ends[i];
            }
            return new Done(out, errors, failed);
        }
    }
}
