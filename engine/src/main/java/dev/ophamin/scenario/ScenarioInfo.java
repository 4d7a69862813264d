package dev.ophamin.scenario;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a scenario is: its kebab-case name, tier, family, goal and explanation, and optionally its
 * method and what a falsification would mean. Validated at construction: registration is loud.
 */
public record ScenarioInfo(String name, Tier tier, String family, String goal, String explanation, String method,
                           String falsificationConsequence) {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ScenarioInfo {
        Objects.requireNonNull(tier, "tier");
        if (name == null || !KEBAB.matcher(name).matches()) {
            throw new IllegalArgumentException("scenario name '" + name + "' is not kebab-case");
        }
        require(name, "family", family);
        require(name, "goal", goal);
        require(name, "explanation", explanation);
        method = method == null ? "" : method;
        falsificationConsequence = falsificationConsequence == null ? "" : falsificationConsequence;
    }

    private static void require(String scenario, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("scenario " + scenario + ": metadata '" + field + "' is missing");
        }
    }
}
