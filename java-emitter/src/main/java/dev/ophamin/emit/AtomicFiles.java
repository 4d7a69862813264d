package dev.ophamin.emit;

import dev.ophamin.Internal;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files whole or not at all: content goes to a temporary file in the same directory,
 * which is then renamed (or linked) into place. A reader never sees a partial file.
 */
@Internal
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}. Without {@code overwrite} an existing target is an
     * error ({@link FileAlreadyExistsException}) and is left untouched.
     *
     * @param target the file to write
     * @param content its bytes
     * @param overwrite whether an existing file may be replaced
     * @throws IOException when writing fails, or the target exists and {@code overwrite} is false
     */
    public static void write(Path target, byte[] content, boolean overwrite) throws IOException {
        write(target, content, overwrite, null);
    }

    /**
     * Like {@link #write(Path, byte[], boolean)}, the file created with these POSIX permissions (when supported).
     *
     * @param target the file to write
     * @param content its bytes
     * @param overwrite whether an existing file may be replaced
     * @param perms permissions of the new file
     * @throws IOException when writing fails, or the target exists and {@code overwrite} is false
     */
    public static void write(Path target, byte[] content, boolean overwrite, Set<PosixFilePermission> perms)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = createTemp(dir, target.getFileName().toString(), perms);
        try {
            Files.write(tmp, content);
            if (overwrite) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                publishNew(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves {@code source} to a {@code target} that must not exist, atomically where the file system can. */
    static void publishNew(Path source, Path target) throws IOException {
        if (Files.isDirectory(source)) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            // link() fails if the target exists, so no concurrent writer is ever clobbered
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | SecurityException e) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static Path createTemp(Path dir, String name, Set<PosixFilePermission> perms) throws IOException {
        String prefix = "." + name + ".";
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (perms != null && posix) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(perms);
            return Files.createTempFile(dir, prefix, ".tmp", attr);
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }
}
