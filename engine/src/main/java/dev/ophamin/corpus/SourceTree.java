package dev.ophamin.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files a corpus is made of: a directory (or one file) on disk, or a sample bundled in the
 * engine jar (listed by an INDEX file, since a jar cannot be listed). Paths are relative, with
 * {@code /} separators, in sorted order.
 */
public abstract class SourceTree {
    /** Where the files are, for messages and the proof's dataset source. */
    public abstract String describe();

    /** Relative paths of every file, sorted. */
    public abstract List<String> files();

    /** Opens one file. */
    public abstract InputStream open(String relative) throws IOException;

    /**
     * A cheap fingerprint that changes when the data changes (sizes and modification times), so a
     * cached hash and count can be trusted or recomputed; null when the tree cannot change.
     */
    public abstract String fingerprint();

    /** A directory on disk, or a single file. */
    public static SourceTree of(Path path) {
        return new Fs(path);
    }

    /** A sample bundled under {@code dev/ophamin/corpus/samples/<name>/} with an INDEX of its files. */
    public static SourceTree bundled(String name) {
        return new Bundled(name);
    }

    /** The directory a sidecar cache may be written to, or null for bundled data. */
    public Path cacheDirectory() {
        return null;
    }

    static final class Fs extends SourceTree {
        private final Path root;

        Fs(Path root) {
            this.root = root;
        }

        @Override
        public String describe() {
            return root.toString();
        }

        @Override
        public List<String> files() {
            if (Files.isRegularFile(root)) {
                return List.of(root.getFileName().toString());
            }
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith(".ophamin-corpus"))
                        .filter(p -> !root.relativize(p).toString().startsWith(".git"))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted().collect(Collectors.toList());
            } catch (IOException | UncheckedIOException e) {
                throw new UncheckedIOException(new IOException(root + ": cannot list: " + e.getMessage(), e));
            }
        }

        @Override
        public InputStream open(String relative) throws IOException {
            return Files.newInputStream(Files.isRegularFile(root) ? root : root.resolve(relative));
        }

        @Override
        public String fingerprint() {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (String f : files()) {
                    Path p = Files.isRegularFile(root) ? root : root.resolve(f);
                    md.update((f + "\t" + Files.size(p) + "\t" + Files.getLastModifiedTime(p).toMillis() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                return dev.ophamin.verify.Hex.encode(md.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Path cacheDirectory() {
            return Files.isRegularFile(root) ? root.toAbsolutePath().getParent() : root;
        }
    }

    static final class Bundled extends SourceTree {
        private static final String BASE = "/dev/ophamin/corpus/samples/";
        private final String name;
        private final List<String> files;

        Bundled(String name) {
            this.name = name;
            try (InputStream in = SourceTree.class.getResourceAsStream(BASE + name + "/INDEX")) {
                if (in == null) {
                    throw new IllegalArgumentException("no bundled corpus '" + name + "'");
                }
                List<String> l = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        l.add(line.trim());
                    }
                }
                l.sort(null);
                this.files = List.copyOf(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String describe() {
            return "bundled:" + name;
        }

        @Override
        public List<String> files() {
            return files;
        }

        @Override
        public InputStream open(String relative) throws IOException {
            InputStream in = SourceTree.class.getResourceAsStream(BASE + name + "/" + relative);
            if (in == null) {
                throw new IOException("bundled corpus " + name + ": missing " + relative);
            }
            return in;
        }

        @Override
        public String fingerprint() {
            return null;
        }
    }
}
