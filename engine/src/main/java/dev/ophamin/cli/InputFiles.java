package dev.ophamin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading command inputs, with one-line errors that name the file. */
public final class InputFiles {
    private InputFiles() {
    }

    /** How a path is named in messages; "-" is standard input. */
    public static String display(String path) {
        return "-".equals(path) ? "<stdin>" : path;
    }

    /** All bytes of a file, or of stdin for "-"; exit 2 with a one-line reason otherwise. */
    public static byte[] readAll(String path) {
        try {
            if ("-".equals(path)) {
                return System.in.readAllBytes();
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                throw CliException.usage(path + ": is a directory");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw CliException.usage(path + ": " + reason(e));
        }
    }

    /** Opens a file (or stdin for "-") for streaming. */
    public static InputStream open(String path) {
        try {
            if ("-".equals(path)) {
                return System.in;
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                throw CliException.usage(path + ": is a directory");
            }
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw CliException.usage(path + ": " + reason(e));
        }
    }

    /** A short reason for an I/O failure, without the exception class noise. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
