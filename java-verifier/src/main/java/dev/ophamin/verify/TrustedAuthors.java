package dev.ophamin.verify;

import dev.ophamin.DecodeException;
import dev.ophamin.Stable;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Which author may attest with which ed25519 public key (64 hex digits). Immutable. */
@Stable
public final class TrustedAuthors {
    private final Map<String, String> keys;

    private TrustedAuthors(Map<String, String> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    /**
     * Authors and their public keys.
     *
     * @param authorToHexKey author name to 64-hex ed25519 public key (either case)
     * @return the trusted set
     * @throws IllegalArgumentException naming a malformed key
     */
    public static TrustedAuthors of(Map<String, String> authorToHexKey) {
        Map<String, String> m = new LinkedHashMap<>();
        authorToHexKey.forEach((a, k) -> m.put(a, checkKey(a, k)));
        return new TrustedAuthors(m);
    }

    /**
     * Parses a JSON object author -> 64-hex public key.
     *
     * @throws IllegalArgumentException naming the problem when the document has another shape
     * @param json the document, UTF-8
     * @return the trusted set
     * @throws DecodeException when the bytes are not JSON the strict reader accepts
     */
    public static TrustedAuthors parse(byte[] json) throws DecodeException {
        JsonValue v = JsonReader.standard().read(json);
        if (!(v instanceof JsonObject)) {
            throw new IllegalArgumentException("trusted authors must be a JSON object author -> public key");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : ((JsonObject) v).members().entrySet()) {
            if (!(e.getValue() instanceof JsonString)) {
                throw new IllegalArgumentException("author '" + e.getKey() + "': public key must be a string");
            }
            m.put(e.getKey(), checkKey(e.getKey(), ((JsonString) e.getValue()).value()));
        }
        return new TrustedAuthors(m);
    }

    private static String checkKey(String author, String hex) {
        String k = hex.toLowerCase(Locale.ROOT);
        if (k.length() != 64 || Hex.decodeOrNull(k) == null) {
            throw new IllegalArgumentException("author '" + author + "': public key must be 64 hex digits");
        }
        return k;
    }

    /**
     * {@return true when {@code author} is trusted with exactly this public key (hex, any case)}
     *
     * @param author the author a record names
     * @param hexKey the public key it carries, as hex
     */
    public boolean trusts(String author, String hexKey) {
        String k = keys.get(author);
        return k != null && java.security.MessageDigest.isEqual(
                k.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hexKey.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** {@return author to lower-case hex public key, unmodifiable} */
    public Map<String, String> asMap() {
        return keys;
    }
}
