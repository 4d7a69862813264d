package dev.ophamin.emit;

import dev.ophamin.Stable;
import dev.ophamin.model.Attestation;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.verify.Hex;
import dev.ophamin.verify.HmacKey;

/**
 * Signs proofs: proof id = SHA-256 of the canonical body, signature = HMAC-SHA256 of the same
 * bytes, and optionally an ed25519 attestation by an author over those bytes again.
 */
@Stable
public final class ProofSigner {
    private ProofSigner() {
    }

    /**
     * {@return the proof with its id and HMAC signature; any attestation is dropped (it may be stale)}
     *
     * @param proof the proof
     * @param key the HMAC key
     */
    public static ProofRecord sign(ProofRecord proof, HmacKey key) {
        return RecordSigner.sign(proof.withAttestation(null), key);
    }

    /**
     * {@return the proof with its id, HMAC signature and an attestation by {@code author}}
     *
     * @param proof the proof
     * @param key the HMAC key
     * @param author the attesting author's key
     */
    public static ProofRecord sign(ProofRecord proof, HmacKey key, AuthorKey author) {
        return attest(sign(proof, key), author);
    }

    /**
     * Adds (or replaces) the author attestation of an already signed proof.
     *
     * @param proof the signed proof
     * @param author the attesting author's key
     * @return the attested proof
     */
    public static ProofRecord attest(ProofRecord proof, AuthorKey author) {
        byte[] body = proof.canonicalBody();
        Attestation a = new Attestation(author.author(), "ed25519", author.publicKeyHex(),
                Hex.encode(author.sign(body)));
        return proof.withAttestation(a);
    }

    /**
     * {@return true iff the proof's attestation is a valid ed25519 signature of its canonical body}
     *
     * @param proof the proof
     */
    public static boolean attestationValid(ProofRecord proof) {
        Attestation a = proof.attestation();
        return a != null && AuthorKey.verify(a.publicKey(), proof.canonicalBody(), a.signature());
    }
}
