package dev.ophamin.service;

import dev.ophamin.canonical.JsonObject;
import java.util.Locale;

/**
 * Counts verified files by status, as every transport summarises a verify: the CLI's last line,
 * the Spark job's {@code summary.json}. Not thread-safe: count from one thread.
 */
public final class VerificationTally {
    private long ok;
    private long unsignedOk;
    private long unsignedRefused;
    private long failed;
    private long errors;
    private long skipped;
    private long unreadable;

    /**
     * Counts one file.
     *
     * @param status its {@link VerificationReport#status} word
     * @param ok whether its result was ok (an UNSIGNED record is ok when unsigned records are allowed)
     * @param unreadableFile whether the file could not be read at all
     */
    public void count(String status, boolean ok, boolean unreadableFile) {
        switch (status) {
            case "ERROR" -> {
                if (unreadableFile) {
                    unreadable++;
                } else {
                    errors++;
                }
            }
            case "SKIPPED" -> skipped++;
            case "UNSIGNED" -> {
                if (ok) {
                    unsignedOk++;
                } else {
                    unsignedRefused++;
                }
            }
            case "OK" -> this.ok++;
            default -> failed++;
        }
    }

    /** Files that were records, or meant to be: everything but the skipped. */
    public long records() {
        return ok + unsignedOk + unsignedRefused + failed + errors + unreadable;
    }

    /** Files that could not be read. */
    public long unreadable() {
        return unreadable;
    }

    /** True when any record failed, was an error, or was unsigned where that is refused. */
    public boolean anyNotOk() {
        return failed + errors + unsignedRefused + unreadable > 0;
    }

    /** The CLI's summary line. */
    public String summary() {
        return String.format(Locale.ROOT, "%d checked: %d ok, %d unsigned%s, %d failed, %d errors, %d skipped",
                records(), ok, unsignedOk + unsignedRefused, unsignedOk > 0 ? " (allowed)" : "", failed,
                errors + unreadable, skipped);
    }

    /** The same counts as a JSON object, the summary line's numbers under their names. */
    public JsonObject json() {
        return JsonObject.builder()
                .put("checked", records())
                .put("ok", ok)
                .put("unsigned", unsignedOk + unsignedRefused)
                .put("unsigned_allowed", unsignedOk)
                .put("failed", failed)
                .put("errors", errors + unreadable)
                .put("skipped", skipped)
                .put("summary", summary())
                .build();
    }
}
