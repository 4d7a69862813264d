package dev.ophamin.verify;

import dev.ophamin.Stable;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.record.RecordKind;
import java.util.List;

/**
 * JSON Schema validation of a record, kept behind an interface so the core verify path needs
 * nothing beyond jackson-core: {@link dev.ophamin.schema.RecordSchemas} implements it when the
 * optional networknt validator is on the class path.
 */
@Stable
@FunctionalInterface
public interface SchemaCheck {
    /**
     * {@return the schema errors of {@code record} as one-line messages; empty when it conforms}
     *
     * @param kind the record's kind
     * @param schemaVersion its schema version as text
     * @param record the record's tree
     */
    List<String> errors(RecordKind kind, String schemaVersion, JsonObject record);
}
