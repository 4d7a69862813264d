package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;
import java.util.regex.Pattern;

/**
 * An author's ed25519 signature over the same canonical body bytes the HMAC covers. It lives
 * outside the signed body, so attesting never changes the proof id.
 */
@Experimental
public record Attestation(String author, String algorithm, String publicKey, String signature) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEX128 = Pattern.compile("[0-9a-f]{128}");

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param author the {@code author} member
     * @param algorithm the {@code algorithm} member
     * @param publicKey the {@code public_key} member
     * @param signature the {@code signature} member
     */
    public Attestation {
        Check.notNull(author, "attestation.author");
        Check.notNull(algorithm, "attestation.algorithm");
        Check.notNull(publicKey, "attestation.public_key");
        Check.notNull(signature, "attestation.signature");
        if (!algorithm.equals("ed25519")) {
            throw new IllegalArgumentException("attestation.algorithm: must be ed25519, got '" + algorithm + "'");
        }
        if (!HEX64.matcher(publicKey).matches()) {
            throw new IllegalArgumentException("attestation.public_key: must be 64 lower-case hex digits");
        }
        if (!HEX128.matcher(signature).matches()) {
            throw new IllegalArgumentException("attestation.signature: must be 128 lower-case hex digits");
        }
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("author", author)
                .put("algorithm", algorithm)
                .put("public_key", publicKey)
                .put("signature", signature)
                .build();
    }

    static Attestation read(Reading r) throws RecordFormatException {
        String author = r.string("author");
        String alg = r.string("algorithm");
        String pk = r.string("public_key");
        String sig = r.string("signature");
        r.end();
        return r.build(() -> new Attestation(author, alg, pk, sig));
    }
}
