package dev.ophamin.emit;

import dev.ophamin.Stable;
import dev.ophamin.verify.Hex;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * An author's ed25519 key: a raw 32-byte private seed and its raw 32-byte public key (RFC 8032
 * encodings, written as hex), with the JDK's Ed25519 provider doing the arithmetic.
 */
@Stable
public final class AuthorKey {
    private final String author;
    private final byte[] seed;
    private final byte[] publicKey;
    private final PrivateKey privateKey;

    private AuthorKey(String author, byte[] seed) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("author: must not be empty");
        }
        if (seed.length != 32) {
            throw new IllegalArgumentException("private key: must be 32 bytes (64 hex digits), got " + seed.length);
        }
        this.author = author;
        this.seed = seed.clone();
        try {
            this.privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, this.seed));
            this.publicKey = derivePublic(this.seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable in this JDK", e);
        }
    }

    /**
     * {@return a fresh key from the system's strong random source}
     *
     * @param author the name attestations will carry
     */
    public static AuthorKey generate(String author) {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new AuthorKey(author, seed);
    }

    /**
     * {@return the key with this raw private seed (64 hex digits)}
     *
     * @param author the name attestations will carry
     * @param seedHex the 32-byte seed as 64 hex digits
     */
    public static AuthorKey fromSeedHex(String author, String seedHex) {
        byte[] seed = Hex.decodeOrNull(seedHex);
        if (seed == null) {
            throw new IllegalArgumentException("private key: not hex");
        }
        return new AuthorKey(author, seed);
    }

    /** {@return the name attestations carry} */
    public String author() {
        return author;
    }

    /** {@return the raw public key as 64 lower-case hex digits} */
    public String publicKeyHex() {
        return Hex.encode(publicKey);
    }

    /** {@return the raw private seed as 64 lower-case hex digits. Keep it secret} */
    public String seedHex() {
        return Hex.encode(seed);
    }

    /**
     * {@return the 64-byte ed25519 signature of {@code message}}
     *
     * @param message the bytes to sign
     */
    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * {@return true iff {@code signatureHex} is a valid ed25519 signature of {@code message} under the raw public key}
     *
     * @param publicKeyHex the 32-byte public key as hex
     * @param message the signed bytes
     * @param signatureHex the 64-byte signature as hex
     */
    public static boolean verify(String publicKeyHex, byte[] message, String signatureHex) {
        byte[] pk = Hex.decodeOrNull(publicKeyHex);
        byte[] sig = Hex.decodeOrNull(signatureHex);
        if (pk == null || pk.length != 32 || sig == null || sig.length != 64) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKeyOf(pk));
            s.update(message);
            return s.verify(sig);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    // The JDK has no "public key of this seed" call, but its generator draws exactly 32 seed bytes.
    private static byte[] derivePublic(byte[] seed) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
        g.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
        KeyPair kp = g.generateKeyPair();
        return encode(((EdECPublicKey) kp.getPublic()).getPoint());
    }

    /** RFC 8032 encoding: y little-endian with the parity of x in the top bit of the last byte. */
    static byte[] encode(EdECPoint p) {
        byte[] be = p.getY().toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) {
            out[i] = be[be.length - 1 - i];
        }
        if (p.isXOdd()) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    static PublicKey publicKeyOf(byte[] raw) throws GeneralSecurityException {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = raw[31 - i];
        }
        boolean xOdd = (be[0] & 0x80) != 0;
        be[0] &= 0x7F;
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorKey && author.equals(((AuthorKey) o).author) && Arrays.equals(seed, ((AuthorKey) o).seed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(author, Arrays.hashCode(seed));
    }

    @Override
    public String toString() {
        return "AuthorKey[" + author + ", " + publicKeyHex() + "]";
    }

    /** Hands the generator a fixed seed instead of random bytes. */
    private static final class FixedSeed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
