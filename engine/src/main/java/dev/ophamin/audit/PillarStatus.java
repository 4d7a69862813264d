package dev.ophamin.audit;

import java.util.Locale;

/** How a pillar's run ended; records write the lower-case name. */
public enum PillarStatus {
    /** The tool ran; its findings are complete. */
    OK,
    /** The tool is not installed or cannot run here; the message says how to get it. */
    UNAVAILABLE,
    /** The tool failed, hung past its timeout, or its output could not be read. */
    ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
