package dev.ophamin.regression;

import dev.ophamin.model.ProofRecord;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * What a regression watch needs of one proof: small and serializable, so proofs read on many
 * machines can be paired on one.
 *
 * @param key the pairing key ({@link PairingKey#of})
 * @param scenario the scenario it ran
 * @param relativePath where it was found, below its snapshot's root
 * @param createdAt its creation time as written
 * @param metric the claim's threshold metric
 * @param verdict its outcome's name
 * @param observed the observed value
 * @param substrateCommit the substrate's git commit
 */
public record ProofFacts(String key, String scenario, String relativePath, String createdAt, String metric,
                         String verdict, double observed, String substrateCommit) implements Serializable {
    /** Which of two proofs with one key stands: the one created last (ties: the later path). */
    public static final Comparator<ProofFacts> LATEST = Comparator.comparing(ProofFacts::createdAt)
            .thenComparing(ProofFacts::relativePath);

    /**
     * The facts of a proof found at {@code relativePath}.
     *
     * @param proof the proof
     * @param relativePath where it was found, below the snapshot's root
     * @return its facts
     */
    public static ProofFacts of(ProofRecord proof, Path relativePath) {
        return new ProofFacts(PairingKey.of(proof, relativePath), PairingKey.scenario(proof, relativePath),
                relativePath.toString(), proof.identity().createdAt(), proof.claim().threshold().metric(),
                proof.verdict().outcome().name(), proof.verdict().observedValue(), proof.data().substrateGitCommit());
    }

    /**
     * The one of two that stands.
     *
     * @param a one proof's facts
     * @param b another's, with the same key
     * @return the later
     */
    public static ProofFacts later(ProofFacts a, ProofFacts b) {
        return LATEST.compare(a, b) >= 0 ? a : b;
    }
}
