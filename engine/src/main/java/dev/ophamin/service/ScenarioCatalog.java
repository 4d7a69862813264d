package dev.ophamin.service;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The registered scenarios as the transports describe them. */
public final class ScenarioCatalog {
    private ScenarioCatalog() {
    }

    /** One line of a listing: name, tier, family, goal. */
    public static JsonObject summary(ScenarioInfo i) {
        return JsonObject.builder().put("name", i.name()).put("tier", i.tier().id()).put("family", i.family())
                .put("goal", i.goal()).build();
    }

    /** Everything {@code scenario show} prints: metadata, the claim at the default parameters, the parameters. */
    public static JsonObject describe(Scenario s) {
        ScenarioInfo i = s.info();
        Params defaults = Params.resolve(i.name(), s.params(), Map.of());
        List<JsonValue> params = new ArrayList<>();
        for (Param p : s.params()) {
            params.add(JsonObject.builder().put("name", p.name()).put("default", p.defaultValue())
                    .put("description", p.description()).build());
        }
        return JsonObject.builder()
                .put("name", i.name()).put("tier", i.tier().id()).put("family", i.family()).put("goal", i.goal())
                .put("explanation", i.explanation()).put("method", i.method())
                .put("falsification_consequence", i.falsificationConsequence())
                .put("claim", s.claim(defaults).toJson())
                .put("analysis_plan", s.analysisPlan(defaults))
                .put("default_corpus", s.defaultCorpus() == null ? JsonNull.NULL : new dev.ophamin.canonical.JsonString(s.defaultCorpus()))
                .put("uses_substrate", s.usesSubstrate())
                .put("parameters", new JsonArray(params))
                .build();
    }
}
