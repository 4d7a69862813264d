package dev.ophamin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.emit.AuthorKey;
import dev.ophamin.verify.AttestationOutcome;
import dev.ophamin.verify.Ed25519Check;
import dev.ophamin.verify.Verifier;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The command line's ed25519 check decides exactly as the JDK's does. */
class BouncyCastleEd25519Test {
    private static final Ed25519Check JDK = Ed25519Check.jdk();
    private static final Ed25519Check BC = BouncyCastleEd25519.INSTANCE;
    // the order of the ed25519 group: S + L encodes the same scalar, non-canonically
    private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    @Test
    void agreesWithTheJdkOnGoodAndDamagedSignatures() {
        Random r = new Random(7);
        AuthorKey key = AuthorKey.generate("alice");
        byte[] pub = dev.ophamin.verify.Hex.decodeOrNull(key.publicKeyHex());
        int accepted = 0;
        for (int i = 0; i < 60; i++) {
            byte[] msg = new byte[r.nextInt(300)];
            r.nextBytes(msg);
            byte[] sig = key.sign(msg);
            accepted += same(pub, msg, sig) ? 1 : 0;
            byte[] badSig = sig.clone();
            badSig[r.nextInt(64)] ^= (byte) (1 << r.nextInt(8));
            assertFalse(same(pub, msg, badSig), "flipped signature bit");
            if (msg.length > 0) {
                byte[] badMsg = msg.clone();
                badMsg[r.nextInt(msg.length)] ^= 1;
                assertFalse(same(pub, badMsg, sig), "flipped message bit");
            }
            assertFalse(same(pub, msg, withNonCanonicalS(sig)), "S + L");
        }
        assertEquals(60, accepted);
        assertFalse(same(new byte[31], new byte[0], new byte[64]), "short key");
        assertFalse(same(pub, new byte[0], new byte[63]), "short signature");
        byte[] notAPoint = new byte[32];
        notAPoint[0] = 2;   // y = 2 has no x on the curve
        assertFalse(same(notAPoint, new byte[0], new byte[64]), "key off the curve");
    }

    @Test
    void shippedAttestationsGetTheSameOutcome() throws IOException {
        Path proofs = shared().resolve("corpus/ophamin/proofs");
        Verifier jdk = Verifier.builder().build();
        Verifier bc = BouncyCastleEd25519.verifierBuilder().build();
        int attested = 0;
        try (Stream<Path> files = Files.walk(proofs)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                byte[] doc = Files.readAllBytes(f);
                AttestationOutcome a = jdk.verify(doc).attestation();
                assertEquals(a, bc.verify(doc).attestation(), f.toString());
                attested += a == AttestationOutcome.VALID ? 1 : 0;
            }
        }
        assertTrue(attested >= 20, "the shipped proofs carry attestations: " + attested);
    }

    private static boolean same(byte[] pub, byte[] msg, byte[] sig) {
        boolean jdk = JDK.verify(pub, msg, 0, msg.length, sig);
        assertEquals(jdk, BC.verify(pub, msg, 0, msg.length, sig), "JDK and BouncyCastle disagree");
        return jdk;
    }

    private static byte[] withNonCanonicalS(byte[] sig) {
        byte[] le = new byte[32];
        System.arraycopy(sig, 32, le, 0, 32);
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = le[31 - i];
        }
        byte[] sum = new BigInteger(1, be).add(L).toByteArray();
        byte[] out = sig.clone();
        for (int i = 0; i < 32; i++) {
            int j = sum.length - 1 - i;
            out[32 + i] = j >= 0 ? sum[j] : 0;
        }
        return out;
    }

    private static Path shared() {
        String p = System.getProperty("ophamin.shared");
        Path root = p == null ? Path.of("..", "..", "shared") : Path.of(p);
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("corpus")), "../shared is not present");
        return root;
    }
}
