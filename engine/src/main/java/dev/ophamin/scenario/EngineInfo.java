package dev.ophamin.scenario;

import dev.ophamin.canonical.JsonObject;
import java.util.Map;

/**
 * The engine's identity as it goes into records: version, git commit, and the environment lock
 * (Java, OS and library versions, all strings) of {@code reproduction.environment}.
 */
public record EngineInfo(String version, String gitCommit, JsonObject environment) {
    /** The environment lock for this JVM and these library versions. */
    public static EngineInfo of(String version, String gitCommit, Map<String, String> libraries) {
        JsonObject.Builder env = JsonObject.builder()
                .put("ophamin", version)
                .put("java.version", System.getProperty("java.version"))
                .put("java.vendor", System.getProperty("java.vendor"))
                .put("java.vm.name", System.getProperty("java.vm.name"))
                .put("os.name", System.getProperty("os.name"))
                .put("os.arch", System.getProperty("os.arch"));
        libraries.forEach(env::put);
        return new EngineInfo(version, gitCommit, env.build());
    }
}
