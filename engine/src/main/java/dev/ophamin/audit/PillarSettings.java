package dev.ophamin.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How one pillar runs: its timeout, and the tool's own configuration file when the user gave one
 * ({@code --pillar-config NAME=FILE}); null means the pillar's default rules.
 */
public record PillarSettings(Duration timeout, Path configFile) {
    /** The default per-pillar timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public PillarSettings {
        Objects.requireNonNull(timeout, "timeout");
    }

    public static PillarSettings defaults() {
        return new PillarSettings(DEFAULT_TIMEOUT, null);
    }
}
