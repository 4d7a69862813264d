package dev.ophamin.analysis;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ophamin summarize}: a corpus counted by scenario, tier and verdict (the corrected verdict
 * where a campaign carries one), how many verdicts a correction changed, and the newest proof of
 * each claim.
 */
public final class CorpusSummary {
    private CorpusSummary() {
    }

    public static JsonObject of(ProofCorpus c) {
        Map<String, Map<String, Long>> byScenario = new TreeMap<>();
        Map<String, Map<String, Long>> byTier = new TreeMap<>();
        Map<String, Long> byVerdict = new TreeMap<>();
        Map<String, ProofCorpus.Entry> newest = new TreeMap<>();
        long corrected = 0;
        long changed = 0;
        for (ProofCorpus.Entry e : c.entries()) {
            String v = e.outcome();
            byScenario.computeIfAbsent(e.scenario(), k -> new TreeMap<>()).merge(v, 1L, Long::sum);
            byTier.computeIfAbsent(e.tier(), k -> new TreeMap<>()).merge(v, 1L, Long::sum);
            byVerdict.merge(v, 1L, Long::sum);
            newest.put(e.key(), e);
            if (e.corrected() != null) {
                corrected++;
                changed += e.corrected().equals(e.proof().verdict().outcome().name()) ? 0 : 1;
            }
        }
        List<JsonValue> latest = new ArrayList<>();
        for (ProofCorpus.Entry e : newest.values()) {
            latest.add(JsonObject.builder().put("key", e.key()).put("scenario", e.scenario()).put("verdict", e.outcome())
                    .put("created_at", e.createdAt()).put("path", e.path().toString()).build());
        }
        List<JsonValue> unreadable = new ArrayList<>();
        c.unreadable().forEach(u -> unreadable.add(new JsonString(u)));
        return JsonObject.builder().put("root", c.root().toString()).put("proofs", (long) c.entries().size())
                .put("by_verdict", counts(byVerdict)).put("by_tier", nested(byTier)).put("by_scenario", nested(byScenario))
                .put("corrected", JsonObject.builder().put("proofs_with_a_corrected_verdict", corrected)
                        .put("verdicts_changed", changed).build())
                .put("claims", (long) newest.size()).put("newest_per_claim", new JsonArray(latest))
                .put("unreadable", new JsonArray(unreadable)).build();
    }

    /** The summary as text tables. */
    public static String text(JsonObject s) {
        StringBuilder b = new StringBuilder();
        b.append(s.get("proofs")).append(" proofs, ").append(s.get("claims")).append(" claims under ")
                .append(((JsonString) s.get("root")).value()).append('\n');
        b.append("verdicts: ").append(inline((JsonObject) s.get("by_verdict"))).append('\n');
        JsonObject corr = (JsonObject) s.get("corrected");
        b.append("corrected by a campaign: ").append(corr.get("proofs_with_a_corrected_verdict")).append(" proofs, ")
                .append(corr.get("verdicts_changed")).append(" verdicts changed\n\n");
        table(b, "tier", (JsonObject) s.get("by_tier"));
        b.append('\n');
        table(b, "scenario", (JsonObject) s.get("by_scenario"));
        b.append("\nnewest proof per claim:\n");
        for (JsonValue v : ((JsonArray) s.get("newest_per_claim")).items()) {
            JsonObject o = (JsonObject) v;
            b.append(String.format("  %-40s %-13s %s  %s%n", str(o, "key"), str(o, "verdict"), str(o, "created_at"),
                    str(o, "path")));
        }
        for (JsonValue u : ((JsonArray) s.get("unreadable")).items()) {
            b.append("unreadable: ").append(((JsonString) u).value()).append('\n');
        }
        return b.toString();
    }

    private static void table(StringBuilder b, String what, JsonObject rows) {
        b.append(String.format("%-36s %9s %9s %12s%n", what, "VALIDATED", "REFUTED", "INCONCLUSIVE"));
        rows.members().forEach((k, v) -> {
            JsonObject o = (JsonObject) v;
            b.append(String.format("%-36s %9s %9s %12s%n", k, n(o, "VALIDATED"), n(o, "REFUTED"), n(o, "INCONCLUSIVE")));
        });
    }

    private static String n(JsonObject o, String k) {
        return o.has(k) ? o.get(k).toString() : "0";
    }

    private static String str(JsonObject o, String k) {
        return ((JsonString) o.get(k)).value();
    }

    private static String inline(JsonObject o) {
        List<String> parts = new ArrayList<>();
        o.members().forEach((k, v) -> parts.add(k + " " + v));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static JsonObject counts(Map<String, Long> m) {
        JsonObject.Builder b = JsonObject.builder();
        m.forEach(b::put);
        return b.build();
    }

    private static JsonObject nested(Map<String, Map<String, Long>> m) {
        JsonObject.Builder b = JsonObject.builder();
        Map<String, JsonObject> tmp = new LinkedHashMap<>();
        m.forEach((k, v) -> tmp.put(k, counts(v)));
        tmp.forEach(b::put);
        return b.build();
    }
}
