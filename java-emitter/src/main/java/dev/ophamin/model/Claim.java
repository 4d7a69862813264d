package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;

/** Section 2: the falsifiable claim as a five-tuple (statement, operationalization, threshold, H0, H1). */
@Experimental
public record Claim(String statement, String operationalization, Threshold threshold, String h0, String h1) {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param statement the {@code statement} member
     * @param operationalization the {@code operationalization} member
     * @param threshold the {@code threshold} member
     * @param h0 the {@code h0} member
     * @param h1 the {@code h1} member
     */
    public Claim {
        Check.notNull(statement, "claim.statement");
        Check.notNull(operationalization, "claim.operationalization");
        Check.notNull(threshold, "claim.threshold");
        Check.notNull(h0, "claim.h0");
        Check.notNull(h1, "claim.h1");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("statement", statement)
                .put("operationalization", operationalization)
                .put("threshold", threshold.toJson())
                .put("h0", h0)
                .put("h1", h1)
                .build();
    }

    static Claim read(Reading r) throws RecordFormatException {
        String statement = r.string("statement");
        String op = r.string("operationalization");
        Threshold t = Threshold.read(r.section("threshold"));
        String h0 = r.string("h0");
        String h1 = r.string("h1");
        r.end();
        return r.build(() -> new Claim(statement, op, t, h0, h1));
    }
}
