package dev.ophamin.drift;

import dev.ophamin.canonical.JsonObject;

/**
 * An online change detector: fed one value at a time, it says when the stream has changed.
 * Mutable, one per stream. Its {@link #config()} holds every parameter, defaults included, so a
 * scan records exactly what ran.
 */
public interface StreamDetector {
    /** The detector's name in records ({@code adwin}, {@code page_hinkley}, {@code cusum}, {@code kswin}). */
    String name();

    /** Every parameter, as recorded in the scan's {@code detector_config}. */
    JsonObject config();

    /** Adds one finite value; true when it completes a detection (the detector then starts over). */
    boolean update(double x);

    /** What the detector knew at its last detection (window sizes, statistics), for the event's detail. */
    default JsonObject detail() {
        return JsonObject.EMPTY;
    }
}
