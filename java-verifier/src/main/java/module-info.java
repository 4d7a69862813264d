/**
 * Verifies Ophamin records: canonical forms, content ids, HMAC signatures, DSSE attestations
 * and (with the optional networknt validator present) the JSON Schemas of every record kind.
 */
module dev.ophamin.verifier {
    requires com.fasterxml.jackson.core;
    // only dev.ophamin.schema needs these; the core verify path runs without them
    requires static com.networknt.schema;
    requires static com.fasterxml.jackson.databind;

    exports dev.ophamin;
    exports dev.ophamin.canonical;
    exports dev.ophamin.record;
    exports dev.ophamin.schema;
    exports dev.ophamin.verify;
}
