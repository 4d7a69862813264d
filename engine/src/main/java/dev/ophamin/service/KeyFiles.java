package dev.ophamin.service;

import java.util.Arrays;

/** The key-file format every transport reads: the file's bytes are the HMAC key, less one trailing newline. */
public final class KeyFiles {
    private KeyFiles() {
    }

    /**
     * The key in a key file's content.
     *
     * @param file the file's bytes
     * @return them without one trailing {@code \n} or {@code \r\n}
     */
    public static byte[] keyMaterial(byte[] file) {
        int n = file.length;
        if (n > 0 && file[n - 1] == '\n') {
            n--;
            if (n > 0 && file[n - 1] == '\r') {
                n--;
            }
        }
        return Arrays.copyOf(file, n);
    }
}
