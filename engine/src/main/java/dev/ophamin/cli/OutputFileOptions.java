package dev.ophamin.cli;

import dev.ophamin.emit.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o/--out F} and {@code --force}: where a command that writes one file writes it. */
final class OutputFileOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "F", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    /** To standard output, or atomically to {@code --out}, which must not exist unless {@code --force}. */
    void write(byte[] bytes) {
        if (out == null) {
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
            return;
        }
        try {
            AtomicFiles.write(out, bytes, force);
        } catch (FileAlreadyExistsException e) {
            throw CliException.usage(out + ": exists (pass --force to replace it)");
        } catch (IOException e) {
            throw CliException.usage(out + ": " + InputFiles.reason(e));
        }
    }
}
