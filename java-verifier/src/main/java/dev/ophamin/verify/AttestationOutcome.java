package dev.ophamin.verify;

import dev.ophamin.Stable;

/** The ed25519 author attestation check of one proof. */
@Stable
public enum AttestationOutcome {
    /** The attestation verifies (and its author is trusted, when trust is configured). */
    VALID,
    /** The attestation is malformed or its signature does not verify over the body. */
    INVALID,
    /** It verifies, but the author is not in the trusted-authors set or uses another key. */
    UNTRUSTED,
    /** The record has no attestation. */
    ABSENT;

    /** {@return lower-case name as the CLI prints it} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
