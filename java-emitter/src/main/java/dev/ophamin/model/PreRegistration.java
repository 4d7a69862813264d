package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;

/**
 * Section 3: the hashes of the configuration and data and the analysis plan, locked at
 * {@code preregisteredAt}, which must not be after the record's {@code created_at}. The sweep grid
 * is open-ended and kept as read.
 */
@Experimental
public record PreRegistration(String configHash, String dataHash, String analysisPlan, JsonObject sweepGrid,
                              String preregisteredAt) {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param configHash the {@code config_hash} member
     * @param dataHash the {@code data_hash} member
     * @param analysisPlan the {@code analysis_plan} member
     * @param sweepGrid the {@code sweep_grid} member
     * @param preregisteredAt the {@code preregistered_at} member
     */
    public PreRegistration {
        Check.notNull(configHash, "preregistration.config_hash");
        Check.notNull(dataHash, "preregistration.data_hash");
        Check.notNull(analysisPlan, "preregistration.analysis_plan");
        Check.notNull(sweepGrid, "preregistration.sweep_grid");
        Check.notNull(preregisteredAt, "preregistration.preregistered_at");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("config_hash", configHash)
                .put("data_hash", dataHash)
                .put("analysis_plan", analysisPlan)
                .put("sweep_grid", sweepGrid)
                .put("preregistered_at", preregisteredAt)
                .build();
    }

    static PreRegistration read(Reading r) throws RecordFormatException {
        String c = r.string("config_hash");
        String d = r.string("data_hash");
        String plan = r.string("analysis_plan");
        JsonObject grid = r.object("sweep_grid");
        String at = r.string("preregistered_at");
        r.end();
        return r.build(() -> new PreRegistration(c, d, plan, grid, at));
    }
}
