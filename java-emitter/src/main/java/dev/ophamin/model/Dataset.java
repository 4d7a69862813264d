package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;

/** Section 4: one real dataset, content-addressed. {@code kind} is "corpus" unless said otherwise. */
@Experimental
public record Dataset(String name, String contentHash, long nRecords, String source, String kind) {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param name the {@code name} member
     * @param contentHash the {@code content_hash} member
     * @param nRecords the {@code n_records} member
     * @param source the {@code source} member
     * @param kind the {@code kind} member
     */
    public Dataset {
        Check.notNull(name, "dataset.name");
        Check.notNull(contentHash, "dataset.content_hash");
        Check.notNull(source, "dataset.source");
        Check.notNull(kind, "dataset.kind");
    }

    /**
     * {@return a dataset of kind "corpus"}
     *
     * @param name the corpus name
     * @param contentHash hash of its content
     * @param nRecords number of records
     * @param source where it came from
     */
    public static Dataset corpus(String name, String contentHash, long nRecords, String source) {
        return new Dataset(name, contentHash, nRecords, source, "corpus");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("name", name)
                .put("content_hash", contentHash)
                .put("n_records", nRecords)
                .put("source", source)
                .put("kind", kind)
                .build();
    }

    static Dataset read(Reading r) throws RecordFormatException {
        String name = r.string("name");
        String hash = r.string("content_hash");
        long n = r.integer("n_records");
        String source = r.string("source");
        String kind = r.string("kind");
        r.end();
        return r.build(() -> new Dataset(name, hash, n, source, kind));
    }
}
