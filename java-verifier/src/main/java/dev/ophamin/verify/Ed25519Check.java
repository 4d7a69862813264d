package dev.ophamin.verify;

import dev.ophamin.Stable;
/**
 * Verification of raw ed25519 signatures (RFC 8032: 32-byte public key, 64-byte signature), kept
 * behind an interface so the verifier needs only the JDK while a faster implementation can be
 * plugged in (the {@code ophamin} command line plugs in BouncyCastle's, about four times faster
 * than the JDK 17 provider).
 */
@Stable
@FunctionalInterface
public interface Ed25519Check {
    /** True iff {@code sig} is a valid signature of {@code msg[off, off+len)} under the raw key; never throws. */
    boolean verify(byte[] rawPublicKey, byte[] msg, int off, int len, byte[] sig);

    /** The JDK's own provider (the default). */
    static Ed25519Check jdk() {
        return Ed25519::verify;
    }
}
