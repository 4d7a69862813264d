package dev.ophamin.record;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.FloatFormat;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The structural checks the reference runs on a proof ({@code EmpiricalProofRecord.validate()}),
 * in its order and with its messages. An empty list means the proof is well-formed.
 */
@Experimental
public final class ProofStructure {
    private static final Set<String> OUTCOMES = Set.of("VALIDATED", "REFUTED", "INCONCLUSIVE");

    private ProofStructure() {
    }

    /**
     * {@return the reference's validate() messages for {@code proof}, in its order; empty when well-formed}
     *
     * @param proof a proof record's tree
     */
    public static List<String> problems(JsonObject proof) {
        List<String> p = new ArrayList<>();
        JsonObject claim = Json.obj(proof, "claim");
        if (Json.str(claim, "statement").strip().isEmpty()) {
            p.add("claim.statement is empty");
        }
        if (Json.str(claim, "h0").strip().isEmpty() || Json.str(claim, "h1").strip().isEmpty()) {
            p.add("claim must state both H0 and H1");
        }
        JsonObject prereg = Json.obj(proof, "preregistration");
        if (Json.str(prereg, "config_hash").isEmpty()) {
            p.add("preregistration.config_hash is empty");
        }
        if (Json.str(prereg, "data_hash").isEmpty()) {
            p.add("preregistration.data_hash is empty");
        }
        JsonObject identity = Json.obj(proof, "identity");
        String preAt = Json.str(prereg, "preregistered_at");
        String createdAt = Json.str(identity, "created_at");
        Integer order = compareTimestamps(preAt, createdAt);
        if (order == null) {
            p.add("preregistration.preregistered_at / created_at not ISO timestamps");
        } else if (order > 0) {
            p.add("preregistration.preregistered_at is AFTER created_at \u2014 the pre-registration lock is violated");
        }
        JsonObject data = Json.obj(proof, "data");
        List<JsonValue> datasets = Json.arr(data, "datasets");
        if (datasets.isEmpty()) {
            p.add("no datasets \u2014 a proof needs real data");
        }
        for (JsonValue d : datasets) {
            String name = Json.str(d, "name");
            if (Json.str(d, "content_hash").isEmpty()) {
                p.add("dataset '" + name + "' has no content hash");
            }
            double n = Json.num(d, "n_records");
            if (!(n > 0)) {
                p.add("dataset '" + name + "' has n_records <= 0");
            }
        }
        if (Json.str(data, "substrate_git_commit").isEmpty()) {
            p.add("substrate_git_commit is empty \u2014 the substrate must be versioned");
        }
        List<JsonValue> evidence = Json.arr(proof, "evidence");
        if (evidence.isEmpty()) {
            p.add("no pillar evidence recorded");
        }
        for (JsonValue e : evidence) {
            if (Json.str(e, "library").isEmpty() || Json.str(e, "library_version").isEmpty()) {
                p.add("evidence '" + Json.str(e, "pillar") + "/" + Json.str(e, "statistic_name")
                        + "' missing library attribution");
            }
        }
        JsonObject verdict = Json.obj(proof, "verdict");
        String outcome = Json.str(verdict, "outcome");
        if (!OUTCOMES.contains(outcome)) {
            p.add("verdict.outcome '" + outcome + "' is not a valid outcome");
        } else if (!outcome.equals("INCONCLUSIVE")) {
            JsonObject threshold = Json.obj(verdict, "threshold");
            double observed = Json.num(verdict, "observed_value");
            boolean satisfied = Comparator.decide(Json.str(threshold, "comparator"), observed,
                    Json.num(threshold, "value"));
            String expected = satisfied ? "VALIDATED" : "REFUTED";
            if (!outcome.equals(expected)) {
                p.add("verdict.outcome '" + outcome + "' contradicts the threshold (observed "
                        + FloatFormat.python(observed) + " -> expected " + expected + ")");
            }
        }
        JsonObject reproduction = Json.obj(proof, "reproduction");
        if (Json.str(reproduction, "command").strip().isEmpty()) {
            p.add("reproduction.command is empty");
        }
        if (Json.isEmptyValue(reproduction.get("environment"))) {
            p.add("reproduction.environment lock is empty");
        }
        if (Json.str(identity, "ophamin_version").isEmpty()) {
            p.add("ophamin_version is empty");
        }
        return p;
    }

    // -1/0/1 like compareTo, or null when either is not an ISO timestamp (or they mix offsets).
    static Integer compareTimestamps(String a, String b) {
        Temporal ta = parse(a);
        Temporal tb = parse(b);
        if (ta instanceof OffsetDateTime && tb instanceof OffsetDateTime) {
            return Integer.signum(((OffsetDateTime) ta).compareTo((OffsetDateTime) tb));
        }
        if (ta instanceof LocalDateTime && tb instanceof LocalDateTime) {
            return Integer.signum(((LocalDateTime) ta).compareTo((LocalDateTime) tb));
        }
        return null;
    }

    private static Temporal parse(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
