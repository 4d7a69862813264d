package dev.ophamin.verify;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/** Raw ed25519 verification with the JDK's provider (raw 32-byte keys, 64-byte signatures). */
final class Ed25519 {
    private Ed25519() {
    }

    /** True iff {@code sig} is a valid ed25519 signature of {@code msg} under the raw key. */
    static boolean verify(byte[] rawPublicKey, byte[] msg, int off, int len, byte[] sig) {
        if (rawPublicKey.length != 32 || sig.length != 64) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey(rawPublicKey));
            s.update(msg, off, len);
            return s.verify(sig);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a key that is not a curve point cannot have signed anything
        }
    }

    /** RFC 8032 encoding: little-endian y with the sign of x in the top bit. */
    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = raw[31 - i];
        }
        boolean xOdd = (be[0] & 0x80) != 0;
        be[0] &= 0x7F;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, be));
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }
}
