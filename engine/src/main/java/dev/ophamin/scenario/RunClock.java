package dev.ophamin.scenario;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Where run timestamps come from. Normally the wall clock; under {@code --reproducible} (or when
 * {@code SOURCE_DATE_EPOCH} is set) a fixed instant, so that two runs write the same bytes: the
 * pre-registration is sealed at that instant and the record is created one second later.
 */
public final class RunClock {
    private final Instant fixed;

    private RunClock(Instant fixed) {
        this.fixed = fixed;
    }

    public static RunClock wall() {
        return new RunClock(null);
    }

    /** A fixed clock at {@code SOURCE_DATE_EPOCH} when set, else at the Unix epoch. */
    public static RunClock reproducible(String sourceDateEpoch) {
        long seconds = 0;
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                seconds = Long.parseLong(sourceDateEpoch.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH='" + sourceDateEpoch + "' is not a number of seconds");
            }
        }
        return new RunClock(Instant.ofEpochSecond(seconds));
    }

    public boolean isFixed() {
        return fixed != null;
    }

    /** When the pre-registration is sealed. */
    public OffsetDateTime sealedAt() {
        return fixed != null ? fixed.atOffset(ZoneOffset.UTC) : OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** When the record is created: after every cycle, and always later than {@link #sealedAt()}. */
    public OffsetDateTime createdAt(OffsetDateTime sealed) {
        if (fixed != null) {
            return sealed.plusSeconds(1);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return now.isAfter(sealed) ? now : sealed.plusNanos(1000);
    }
}
