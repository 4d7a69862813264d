package dev.ophamin.scenario;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Dataset;

/**
 * The W3C PROV-JSON block of a proof, shaped like the reference's: the engine and the substrate
 * as agents, the dataset and the proof as entities, the scenario run as the activity
 * {@code ophamin:scenario_<name>} (which is also how watch-proofs recognises the scenario), with
 * its run id; each run it descends from (the lineage chain past its own id, for example the
 * campaign) is an activity {@code ophamin:run_<id>} that the scenario run {@code wasInformedBy}.
 */
final class Provenance {
    private Provenance() {
    }

    static JsonObject of(ScenarioInfo info, String version, Dataset dataset, String substrate, long cycles,
                         java.util.List<String> lineage) {
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
        JsonObject prov = JsonObject.builder()
                .put("prefix", JsonObject.builder().put("ophamin", "https://ophamin.example/").build())
                .put("agent", agents.build())
                .put("entity", JsonObject.builder()
                        .put(data, JsonObject.builder().put("ophamin:content_hash", dataset.contentHash())
                                .put("ophamin:n_records", JsonObject.builder().put("$", dataset.nRecords()).put("type", "xsd:int").build())
                                .put("ophamin:kind", dataset.kind()).build())
                        .put(proof, JsonObject.EMPTY).build())
                .put("activity", activities(activity, info, cycles, lineage))
                .put("used", JsonObject.builder().put("_:id1", JsonObject.builder().put("prov:activity", activity)
                        .put("prov:entity", data).build()).build())
                .put("wasAssociatedWith", assoc.build())
                .put("wasGeneratedBy", JsonObject.builder().put("_:id4", JsonObject.builder().put("prov:entity", proof)
                        .put("prov:activity", activity).build()).build())
                .put("wasDerivedFrom", JsonObject.builder().put("_:id5", JsonObject.builder()
                        .put("prov:generatedEntity", proof).put("prov:usedEntity", data).build()).build())
                .build();
        JsonObject informed = informedBy(activity, lineage);
        return informed.size() == 0 ? prov : prov.with("wasInformedBy", informed);
    }

    private static JsonObject activities(String activity, ScenarioInfo info, long cycles, java.util.List<String> lineage) {
        JsonObject.Builder b = JsonObject.builder().put(activity, JsonObject.builder()
                .put("ophamin:tier", info.tier().id()).put("ophamin:family", info.family())
                .put("ophamin:n_cycles", JsonObject.builder().put("$", cycles).put("type", "xsd:int").build())
                .put("ophamin:run_id", lineage.get(0)).build());
        for (String parent : lineage.subList(1, lineage.size())) {
            b.put("ophamin:run_" + parent, JsonObject.builder().put("ophamin:run_id", parent).build());
        }
        return b.build();
    }

    private static JsonObject informedBy(String activity, java.util.List<String> lineage) {
        JsonObject.Builder b = JsonObject.builder();
        String informed = activity;
        for (int i = 1; i < lineage.size(); i++) {
            String informant = "ophamin:run_" + lineage.get(i);
            b.put("_:id" + (5 + i), JsonObject.builder().put("prov:informed", informed).put("prov:informant", informant)
                    .build());
            informed = informant;
        }
        return b.build();
    }
}
