package dev.ophamin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ended by {@code \n} without decoding it, reusing one buffer:
 * memory stays flat however long the stream is. A last line without {@code \n} still counts.
 */
final class LineReader {
    /** Receives each line as a slice of the reader's buffer, valid only during the call. */
    interface LineHandler {
        void line(long number, byte[] buf, int off, int len) throws IOException;
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Calls {@code handler} for each line; returns the number of lines. */
    long forEach(LineHandler handler) throws IOException {
        long number = 0;
        int start = 0;
        int end = 0;
        int scan = 0;
        while (true) {
            int nl = -1;
            for (int i = scan; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl >= 0) {
                handler.line(++number, buf, start, nl - start);
                start = nl + 1;
                scan = start;
                continue;
            }
            scan = end;
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                scan -= start;
                start = 0;
            }
            if (end == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                if (end > start) {
                    handler.line(++number, buf, start, end - start);
                }
                return number;
            }
            end += n;
        }
    }
}
