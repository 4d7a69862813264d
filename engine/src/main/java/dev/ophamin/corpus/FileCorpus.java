package dev.ophamin.corpus;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.verify.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * A corpus read from a {@link SourceTree} by a connector. Its content hash is the SHA-256 of the
 * records' canonical forms, each {@code {"id":..,"metadata":..,"text":..}} in python-json/1
 * followed by a newline, in stream order; it is cached with the count in a sidecar file
 * {@code .ophamin-corpus-<name>.json} beside the data and recomputed when the data changes.
 */
public abstract class FileCorpus implements Corpus {
    private final String name;
    private final String kind;
    protected final SourceTree tree;
    private String hash;
    private long count = -1;

    protected FileCorpus(String name, String kind, SourceTree tree) {
        this.name = name;
        this.kind = kind;
        this.tree = tree;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String source() {
        return tree.describe();
    }

    @Override
    public synchronized String contentHash() {
        index();
        return hash;
    }

    @Override
    public synchronized long size() {
        index();
        return count;
    }

    private void index() {
        if (hash != null) {
            return;
        }
        String fingerprint = tree.fingerprint();
        Path cache = tree.cacheDirectory() == null ? null : tree.cacheDirectory().resolve(".ophamin-corpus-" + name + ".json");
        if (cache != null && fingerprint != null && readCache(cache, fingerprint)) {
            return;
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long n = 0;
        try (Stream<CorpusRecord> s = records()) {
            Iterator<CorpusRecord> it = s.iterator();
            while (it.hasNext()) {
                CorpusRecord r = it.next();
                md.update(canonical(r));
                md.update((byte) '\n');
                n++;
            }
        }
        hash = Hex.encode(md.digest());
        count = n;
        if (cache != null && fingerprint != null) {
            writeCache(cache, fingerprint);
        }
    }

    static byte[] canonical(CorpusRecord r) {
        return PythonJsonWriter.toBytes(JsonObject.builder().put("id", r.id()).put("metadata", r.metadata())
                .put("text", r.text()).build(), PythonJsonWriter.Layout.CANONICAL);
    }

    private boolean readCache(Path cache, String fingerprint) {
        try {
            if (!Files.isRegularFile(cache)) {
                return false;
            }
            JsonObject o = (JsonObject) dev.ophamin.canonical.JsonReader.standard().read(Files.readAllBytes(cache));
            if (!fingerprint.equals(str(o, "fingerprint")) || !kind.equals(str(o, "kind"))) {
                return false;
            }
            hash = str(o, "content_hash");
            count = ((dev.ophamin.canonical.JsonInt) o.get("n_records")).bigValue().longValueExact();
            return hash != null;
        } catch (Exception e) {
            return false; // an unreadable cache is recomputed
        }
    }

    private void writeCache(Path cache, String fingerprint) {
        JsonObject o = JsonObject.builder().put("fingerprint", fingerprint).put("kind", kind)
                .put("content_hash", hash).put("n_records", count).build();
        try {
            dev.ophamin.emit.AtomicFiles.write(cache, PythonJsonWriter.toBytes(o, PythonJsonWriter.Layout.INDENT2), true);
        } catch (IOException | RuntimeException e) {
            // a read-only data directory only costs a recomputation next time
        }
    }

    private static String str(JsonObject o, String k) {
        return o.get(k) instanceof dev.ophamin.canonical.JsonString ? ((dev.ophamin.canonical.JsonString) o.get(k)).value() : null;
    }

    /** Reads one file of the tree as UTF-8 text. */
    protected String text(String relative) {
        try (var in = tree.open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(tree.describe() + "/" + relative + ": " + e.getMessage(), e));
        }
    }
}
