package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 7: the command that reproduces the record, the environment lock (name to version, kept
 * in its order) and the lineage chain.
 */
@Experimental
public record Reproduction(String command, JsonObject environment, List<String> lineageChain) {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param command the {@code command} member
     * @param environment the {@code environment} member
     * @param lineageChain the {@code lineage_chain} member
     */
    public Reproduction {
        Check.notNull(command, "reproduction.command");
        Check.notNull(environment, "reproduction.environment");
        for (var e : environment.members().entrySet()) {
            if (!(e.getValue() instanceof JsonString)) {
                throw new IllegalArgumentException("reproduction.environment." + e.getKey() + ": must be a string");
            }
        }
        lineageChain = Check.list(lineageChain, "reproduction.lineage_chain");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        List<JsonValue> chain = new ArrayList<>();
        for (String s : lineageChain) {
            chain.add(new JsonString(s));
        }
        return JsonObject.builder()
                .put("command", command)
                .put("environment", environment)
                .put("lineage_chain", new JsonArray(chain))
                .build();
    }

    static Reproduction read(Reading r) throws RecordFormatException {
        String command = r.string("command");
        JsonObject env = r.stringMap("environment");
        List<String> chain = r.strings("lineage_chain");
        r.end();
        return r.build(() -> new Reproduction(command, env, chain));
    }
}
