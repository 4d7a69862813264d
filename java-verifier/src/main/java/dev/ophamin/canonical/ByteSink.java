package dev.ophamin.canonical;

import dev.ophamin.Stable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer the writers append to. Reusable: {@link #reset()} keeps the storage, so
 * a hot loop canonicalizes without allocating a new buffer per document. Not thread-safe.
 */
@Stable
public final class ByteSink {
    // package-private: the writers fill the array directly in their inner loops
    byte[] buf;
    int len;
    private char[] chars = new char[64];

    /** An empty sink with a small initial capacity. */
    public ByteSink() {
        this(4096);
    }

    /**
     * An empty sink with room for {@code capacity} bytes.
     *
     * @param capacity initial size of the buffer; it grows as needed
     */
    public ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Empties the sink, keeping its buffer. */
    public void reset() {
        len = 0;
    }

    /** {@return bytes written so far} */
    public int length() {
        return len;
    }

    /** {@return the backing array; bytes {@code [0, length())} are the content} */
    public byte[] array() {
        return buf;
    }

    /** {@return a copy of the bytes written} */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /**
     * Writes the bytes to {@code out}.
     *
     * @param out where to write them
     * @throws IOException when {@code out} fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    /** The content decoded as UTF-8 (both profiles produce UTF-8). */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    /** Drops everything after the first {@code length} bytes. */
    void truncate(int length) {
        len = length;
    }

    /** A scratch array of at least {@code n} chars, reused between calls. */
    char[] chars(int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        return chars;
    }

    void ensure(int extra) {
        int need = len + extra;
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
    }

    /**
     * Appends one byte.
     *
     * @param b the byte, in the low eight bits
     */
    public void write(int b) {
        if (len == buf.length) {
            ensure(1);
        }
        buf[len++] = (byte) b;
    }

    /**
     * Appends {@code n} bytes of {@code b} from {@code off}.
     *
     * @param b the source array
     * @param off index of the first byte to copy
     * @param n how many bytes to copy
     */
    public void write(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    /** Appends a string known to be ASCII. */
    void writeAscii(String s) {
        int n = s.length();
        ensure(n);
        byte[] b = buf;
        int p = len;
        for (int i = 0; i < n; i++) {
            b[p++] = (byte) s.charAt(i);
        }
        len = p;
    }

    /** Appends a string known to be ASCII, repeated {@code times}. */
    void writeAsciiRepeated(String s, int times) {
        for (int i = 0; i < times; i++) {
            writeAscii(s);
        }
    }
}
