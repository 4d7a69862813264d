package dev.ophamin.emit;

import dev.ophamin.DecodeException;
import dev.ophamin.Stable;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;

/**
 * Private author key files: {@code {"author", "algorithm": "ed25519", "public_key", "private_key"}}
 * with raw 32-byte keys in hex, created readable and writable by the owner only (POSIX 600).
 */
@Stable
public final class AuthorKeyFile {
    private AuthorKeyFile() {
    }

    /**
     * {@return the file name for an author's key: the author with unsafe characters replaced, then {@code .ed25519.json}}
     *
     * @param author the key's author
     */
    public static String fileName(String author) {
        return author.replaceAll("[^A-Za-z0-9._@-]", "_") + ".ed25519.json";
    }

    /**
     * Writes a new key file in {@code dir}, never replacing one.
     *
     * @param dir the directory
     * @param key the key to store
     * @return the file's path
     * @throws IOException when writing fails or the file exists
     */
    public static Path write(Path dir, AuthorKey key) throws IOException {
        Path file = dir.resolve(fileName(key.author()));
        JsonObject doc = JsonObject.builder()
                .put("author", key.author())
                .put("algorithm", "ed25519")
                .put("public_key", key.publicKeyHex())
                .put("private_key", key.seedHex())
                .build();
        AtomicFiles.write(file, PythonJsonWriter.toBytes(doc, PythonJsonWriter.Layout.INDENT2), false,
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        return file;
    }

    /**
     * Reads a key file; the stored public key must be the one the private key derives.
     *
     * @throws IllegalArgumentException naming the field when the file is not a key file
     * @param file the key file
     * @return the key it holds
     * @throws IOException when the file cannot be read
     */
    public static AuthorKey read(Path file) throws IOException {
        JsonValue v;
        try {
            v = JsonReader.standard().read(Files.readAllBytes(file));
        } catch (DecodeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (!(v instanceof JsonObject)) {
            throw new IllegalArgumentException("not an author key file (expected a JSON object)");
        }
        JsonObject o = (JsonObject) v;
        String author = field(o, "author");
        if (!"ed25519".equals(field(o, "algorithm"))) {
            throw new IllegalArgumentException("algorithm: must be ed25519");
        }
        AuthorKey key = AuthorKey.fromSeedHex(author, field(o, "private_key"));
        if (!key.publicKeyHex().equals(field(o, "public_key"))) {
            throw new IllegalArgumentException("public_key: is not the public key of private_key");
        }
        return key;
    }

    private static String field(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (!(v instanceof JsonString)) {
            throw new IllegalArgumentException(name + ": missing or not a string");
        }
        return ((JsonString) v).value();
    }
}
