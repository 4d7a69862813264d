package dev.ophamin.corpus;

import dev.ophamin.canonical.JsonObject;
import java.util.Objects;

/** One item of a corpus — an e-mail, a commit message, a payload, a sentence — with its metadata. */
public record CorpusRecord(String id, String text, JsonObject metadata) {
    public CorpusRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? JsonObject.EMPTY : metadata;
    }

    /** A metadata string field, or {@code fallback} when absent or not a string. */
    public String meta(String key, String fallback) {
        return metadata.get(key) instanceof dev.ophamin.canonical.JsonString
                ? ((dev.ophamin.canonical.JsonString) metadata.get(key)).value() : fallback;
    }
}
