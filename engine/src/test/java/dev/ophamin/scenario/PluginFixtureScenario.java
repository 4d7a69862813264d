package dev.ophamin.scenario;

import dev.ophamin.model.Claim;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import java.util.List;

/** A third-party-style scenario: registered only through a plug-in jar's service file in PluginTest. */
public class PluginFixtureScenario implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("plugin-fixture", Tier.MEASUREMENT_MACHINERY, "plugins", "Prove plug-in loading.",
                "Registered by a jar in a --plugin directory.", null, null);
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Two plus two is four.", "arithmetic", new Threshold("sum", "==", 4.0, ""), "H0: it is not.", "H1: it is.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "add";
    }

    @Override
    public Dataset syntheticDataset(Params p, long seed) {
        return new Dataset("none", "0".repeat(64), 1, "arithmetic", "synthetic");
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        return ScenarioResult.of(4.0, List.of(Evidence.builder().pillar("arithmetic").statistic("sum", 4.0)
                .library("java", System.getProperty("java.version")).build()), 1);
    }
}
