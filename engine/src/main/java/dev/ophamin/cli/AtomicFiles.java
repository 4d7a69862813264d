package dev.ophamin.cli;

import java.io.IOException;
import java.nio.file.Path;

/** {@link dev.ophamin.emit.AtomicFiles} for commands: failures become one-line exit-2 errors. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes (or replaces) {@code target} whole or not at all. */
    static void write(Path target, byte[] content) {
        try {
            dev.ophamin.emit.AtomicFiles.write(target, content, true);
        } catch (IOException e) {
            throw CliException.usage(target + ": cannot write: " + InputFiles.reason(e));
        }
    }

    /** Writes {@code target} whole or not at all; an existing file is an error. */
    static void create(Path target, byte[] content) {
        try {
            dev.ophamin.emit.AtomicFiles.write(target, content, false);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw CliException.usage(target + ": already exists (not overwritten)");
        } catch (IOException e) {
            throw CliException.usage(target + ": cannot write: " + InputFiles.reason(e));
        }
    }
}
