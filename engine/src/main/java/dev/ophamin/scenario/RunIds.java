package dev.ophamin.scenario;

import dev.ophamin.record.RecordKind;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids as the reference makes them: {@code <first 12 hex of the config hash>-<epoch ms>-<8 hex>}.
 * The last part is random, except with a fixed clock (reproducible runs), where it is derived
 * from the config hash so the same run gets the same id.
 */
public final class RunIds {
    private RunIds() {
    }

    public static String of(String configHash, OffsetDateTime at, boolean fixedClock) {
        String tail = fixedClock
                ? RecordKind.sha256Hex(("run:" + configHash).getBytes(StandardCharsets.UTF_8)).substring(0, 8)
                : HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                    (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt(),
                    (byte) ThreadLocalRandom.current().nextInt()});
        return configHash.substring(0, Math.min(12, configHash.length())) + "-" + at.toInstant().toEpochMilli() + "-" + tail;
    }
}
