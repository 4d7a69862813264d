package dev.ophamin.verify;

import dev.ophamin.Stable;

/** The HMAC signature check of one record. */
@Stable
public enum SignatureOutcome {
    /** The MAC matches one of the offered keys. */
    VALID,
    /** The MAC matches none of the offered keys, or is malformed or missing. */
    INVALID,
    /** The record carries an empty signature. */
    UNSIGNED;

    /** {@return lower-case name as the CLI prints it} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
