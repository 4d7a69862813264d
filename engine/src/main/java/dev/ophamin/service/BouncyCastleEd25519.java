package dev.ophamin.service;

import dev.ophamin.verify.Ed25519Check;
import dev.ophamin.verify.Verifier;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** BouncyCastle's RFC 8032 verification: the attestation check of the command line and the servers. */
public final class BouncyCastleEd25519 implements Ed25519Check {
    public static final BouncyCastleEd25519 INSTANCE = new BouncyCastleEd25519();

    private BouncyCastleEd25519() {
    }

    /** A verifier builder as every command starts one: attestations checked with this class. */
    public static Verifier.Builder verifierBuilder() {
        return Verifier.builder().ed25519(INSTANCE);
    }

    @Override
    public boolean verify(byte[] rawPublicKey, byte[] msg, int off, int len, byte[] sig) {
        if (rawPublicKey.length != Ed25519.PUBLIC_KEY_SIZE || sig.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        try {
            return Ed25519.verify(sig, 0, rawPublicKey, 0, msg, off, len);
        } catch (RuntimeException e) {
            return false;   // a malformed key or signature has signed nothing
        }
    }
}
