package dev.ophamin.audit;

import dev.ophamin.verify.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tree (or single file) an audit looks at. Its files are every regular file under it, symbolic
 * links not followed, less anything inside a {@code .git}, {@code .hg} or {@code .svn} directory;
 * pillars pick theirs by extension, paths in findings are relative to {@link #base()}.
 * spec/RECORDS.md states the content hash so that any implementation can recompute it.
 */
public final class AuditTarget {
    /** Directories whose content is version-control state, not the audited tree. */
    public static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn");

    private final Path path;
    private final boolean single;
    private final List<String> files;

    private AuditTarget(Path path, boolean single, List<String> files) {
        this.path = path;
        this.single = single;
        this.files = files;
    }

    /**
     * The target at {@code p}, its file list read once; IllegalArgumentException naming the path
     * when it does not exist or cannot be listed.
     */
    public static AuditTarget of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (Files.isRegularFile(abs)) {
            if (!Files.isReadable(abs)) {
                throw new IllegalArgumentException(p + ": not readable");
            }
            return new AuditTarget(abs, true, List.of(abs.getFileName().toString()));
        }
        if (!Files.isDirectory(abs)) {
            throw new IllegalArgumentException(p + ": no such file or directory");
        }
        List<String> out = new ArrayList<>();
        try {
            Files.walkFileTree(abs, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    return !d.equals(abs) && SKIPPED_DIRS.contains(d.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isRegularFile()) {
                        out.add(relative(abs, f));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new IllegalArgumentException(p + ": cannot list " + e.getMessage());
        }
        out.sort(AuditTarget::compareUtf8);
        return new AuditTarget(abs, false, Collections.unmodifiableList(out));
    }

    /** The absolute, normalised path as records write it. */
    public Path path() {
        return path;
    }

    /** The directory finding paths are relative to: the target, or a single file's parent. */
    public Path base() {
        return single ? path.getParent() : path;
    }

    public boolean isSingleFile() {
        return single;
    }

    /** Every file of the target, relative to {@link #base()}, in UTF-8 byte order. */
    public List<String> files() {
        return files;
    }

    /** The files whose names end with one of {@code extensions} (case-insensitive, with the dot). */
    public List<Path> filesEndingWith(String... extensions) {
        List<Path> out = new ArrayList<>();
        for (String f : files) {
            String lower = f.toLowerCase(Locale.ROOT);
            for (String e : extensions) {
                if (lower.endsWith(e)) {
                    out.add(base().resolve(f));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A path a tool reported, relative to {@link #base()} with {@code /} separators; a path outside
     * the target is kept as the tool gave it.
     */
    public String relativize(String toolPath) {
        if (toolPath == null || toolPath.isEmpty()) {
            return "";
        }
        Path p;
        try {
            p = Path.of(toolPath);
        } catch (RuntimeException e) {
            return toolPath;
        }
        Path abs = p.isAbsolute() ? p.normalize() : base().resolve(p).normalize();
        return abs.startsWith(base()) ? relative(base(), abs) : toolPath;
    }

    /**
     * The target's content hash: for a file, SHA-256 of its bytes; for a directory, SHA-256 of
     * the manifest that {@code sha256sum} would print for its files in UTF-8 byte order of their
     * relative paths ({@code <hex>  <path>\n} per file).
     */
    public String contentHash() {
        if (single) {
            return Hex.encode(digestOf(path));
        }
        MessageDigest manifest = sha256();
        for (String f : files) {
            String line = Hex.encode(digestOf(path.resolve(f))) + "  " + f + "\n";
            manifest.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return Hex.encode(manifest.digest());
    }

    private static byte[] digestOf(Path f) {
        MessageDigest d = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": cannot read: " + e.getMessage(), e);
        }
        return d.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relative(Path base, Path f) {
        return base.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
    }

    static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
