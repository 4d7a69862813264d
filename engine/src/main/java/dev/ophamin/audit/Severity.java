package dev.ophamin.audit;

import java.util.Locale;

/**
 * The reference's five severity buckets. Every pillar maps its tool's own scale onto them and
 * documents the map (docs/audit.md); a record's histograms count findings per bucket.
 */
public enum Severity {
    /** The tool says the code is broken: must fix. */
    CRITICAL,
    /** Should fix. */
    HIGH,
    /** Worth fixing. */
    MEDIUM,
    /** A nit. */
    LOW,
    /** Purely informational. */
    INFO;

    /** The bucket's name as records write it ({@code high}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bucket named {@code id}; IllegalArgumentException naming the five otherwise. */
    public static Severity byId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (critical, high, medium, low, info)");
    }
}
