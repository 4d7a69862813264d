package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Section 1: which Ophamin made the record, and when ({@code created_at}, ISO-8601 with offset). */
@Experimental
public record Identity(String ophaminVersion, String ophaminGitCommit, String createdAt) {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param createdAt the {@code created_at} member
     */
    public Identity {
        Check.notNull(ophaminVersion, "identity.ophamin_version");
        Check.notNull(ophaminGitCommit, "identity.ophamin_git_commit");
        Check.notNull(createdAt, "identity.created_at");
    }

    /**
     * A timestamp as the reference writes one ({@code datetime.now(timezone.utc).isoformat()}):
     * microseconds, omitted when zero, and {@code +00:00}.
     *
     * @param t the instant, in UTC
     * @return its text
     */
    public static String timestamp(OffsetDateTime t) {
        OffsetDateTime u = t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int micros = u.getNano() / 1000;
        String frac = micros == 0 ? "" : String.format(".%06d", micros);
        return SECONDS.format(u) + frac + "+00:00";
    }

    /** {@return the current time in the reference's format} */
    public static String now() {
        return timestamp(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("ophamin_version", ophaminVersion)
                .put("ophamin_git_commit", ophaminGitCommit)
                .put("created_at", createdAt)
                .build();
    }

    static Identity read(Reading r) throws RecordFormatException {
        String v = r.string("ophamin_version");
        String c = r.string("ophamin_git_commit");
        String at = r.string("created_at");
        r.end();
        return r.build(() -> new Identity(v, c, at));
    }
}
