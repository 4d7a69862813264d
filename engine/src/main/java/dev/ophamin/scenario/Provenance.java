package dev.ophamin.scenario;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Dataset;

/**
 * The W3C PROV-JSON block of a proof, shaped like the reference's: the engine and the substrate
 * as agents, the dataset and the proof as entities, the scenario run as the activity
 * {@code ophamin:scenario_<name>} (which is also how watch-proofs recognises the scenario).
 */
final class Provenance {
    private Provenance() {
    }

    static JsonObject of(ScenarioInfo info, String version, Dataset dataset, String substrate, long cycles) {
        String activity = "ophamin:scenario_" + info.name();
        String data = "ophamin:corpus_" + dataset.name();
        String proof = "ophamin:proof_" + info.name();
        JsonObject.Builder agents = JsonObject.builder()
                .put("ophamin:ophamin", JsonObject.builder().put("ophamin:role", "experimentation_framework")
                        .put("ophamin:version", version).build());
        if (substrate != null) {
            agents.put("ophamin:" + substrate, JsonObject.builder().put("ophamin:role", "substrate_under_test").build());
        }
        JsonObject.Builder assoc = JsonObject.builder()
                .put("_:id2", JsonObject.builder().put("prov:activity", activity).put("prov:agent", "ophamin:ophamin").build());
        if (substrate != null) {
            assoc.put("_:id3", JsonObject.builder().put("prov:activity", activity).put("prov:agent", "ophamin:" + substrate).build());
        }
        return JsonObject.builder()
                .put("prefix", JsonObject.builder().put("ophamin", "https://ophamin.example/").build())
                .put("agent", agents.build())
                .put("entity", JsonObject.builder()
                        .put(data, JsonObject.builder().put("ophamin:content_hash", dataset.contentHash())
                                .put("ophamin:n_records", JsonObject.builder().put("$", dataset.nRecords()).put("type", "xsd:int").build())
                                .put("ophamin:kind", dataset.kind()).build())
                        .put(proof, JsonObject.EMPTY).build())
                .put("activity", JsonObject.builder().put(activity, JsonObject.builder()
                        .put("ophamin:tier", info.tier().id()).put("ophamin:family", info.family())
                        .put("ophamin:n_cycles", JsonObject.builder().put("$", cycles).put("type", "xsd:int").build())
                        .build()).build())
                .put("used", JsonObject.builder().put("_:id1", JsonObject.builder().put("prov:activity", activity)
                        .put("prov:entity", data).build()).build())
                .put("wasAssociatedWith", assoc.build())
                .put("wasGeneratedBy", JsonObject.builder().put("_:id4", JsonObject.builder().put("prov:entity", proof)
                        .put("prov:activity", activity).build()).build())
                .put("wasDerivedFrom", JsonObject.builder().put("_:id5", JsonObject.builder()
                        .put("prov:generatedEntity", proof).put("prov:usedEntity", data).build()).build())
                .build();
    }
}
