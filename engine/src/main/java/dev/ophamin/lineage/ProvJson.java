package dev.ophamin.lineage;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonBool;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A structural check of a PROV-JSON document against the W3C member submission "PROV-JSON"
 * (2013): only its sections at the top level; every identifier a qualified name whose prefix is
 * declared (or one of {@code prov xsd xsi}) or a blank node {@code _:...}; every relation carrying
 * its required roles as qualified names; attribute values strings, numbers, booleans, typed
 * literals {@code {"$": ..., "type": QName}} or arrays of these; and every entity, activity and
 * agent a relation names declared in its section.
 */
public final class ProvJson {
    static final Set<String> NODE_SECTIONS = Set.of("entity", "activity", "agent");
    /** Each relation with its required roles, as the submission defines them. */
    static final Map<String, List<String>> RELATIONS = Map.ofEntries(
            Map.entry("wasGeneratedBy", List.of("prov:entity")),
            Map.entry("used", List.of("prov:activity")),
            Map.entry("wasInformedBy", List.of("prov:informed", "prov:informant")),
            Map.entry("wasStartedBy", List.of("prov:activity")),
            Map.entry("wasEndedBy", List.of("prov:activity")),
            Map.entry("wasInvalidatedBy", List.of("prov:entity")),
            Map.entry("wasDerivedFrom", List.of("prov:generatedEntity", "prov:usedEntity")),
            Map.entry("wasAttributedTo", List.of("prov:entity", "prov:agent")),
            Map.entry("wasAssociatedWith", List.of("prov:activity")),
            Map.entry("actedOnBehalfOf", List.of("prov:delegate", "prov:responsible")),
            Map.entry("wasInfluencedBy", List.of("prov:influencee", "prov:influencer")),
            Map.entry("specializationOf", List.of("prov:specificEntity", "prov:generalEntity")),
            Map.entry("alternateOf", List.of("prov:alternate1", "prov:alternate2")),
            Map.entry("hadMember", List.of("prov:collection", "prov:entity")));
    static final Set<String> BUILT_IN_PREFIXES = Set.of("prov", "xsd", "xsi");
    /** Roles that must name a declared node of the given section. */
    static final Map<String, String> ROLE_SECTION = Map.ofEntries(
            Map.entry("prov:entity", "entity"), Map.entry("prov:activity", "activity"), Map.entry("prov:agent", "agent"),
            Map.entry("prov:informed", "activity"), Map.entry("prov:informant", "activity"),
            Map.entry("prov:generatedEntity", "entity"), Map.entry("prov:usedEntity", "entity"));

    private ProvJson() {
    }

    /** Every way {@code doc} departs from PROV-JSON; empty when it conforms. */
    public static List<String> problems(JsonValue doc) {
        List<String> out = new ArrayList<>();
        if (!(doc instanceof JsonObject o)) {
            out.add("the document is not an object");
            return out;
        }
        Set<String> prefixes = new HashSet<>(BUILT_IN_PREFIXES);
        if (o.get("prefix") instanceof JsonObject p) {
            p.members().forEach((k, v) -> {
                if (!(v instanceof JsonString)) {
                    out.add("prefix." + k + ": the namespace must be a string");
                }
                prefixes.add(k);
            });
        } else if (o.has("prefix")) {
            out.add("prefix: must be an object");
        }
        Map<String, Set<String>> declared = Map.of("entity", new HashSet<>(), "activity", new HashSet<>(), "agent",
                new HashSet<>());
        for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
            String section = e.getKey();
            if (section.equals("prefix")) {
                continue;
            }
            if (!NODE_SECTIONS.contains(section) && !RELATIONS.containsKey(section) && !section.equals("bundle")) {
                out.add(section + ": not a PROV-JSON section");
                continue;
            }
            if (!(e.getValue() instanceof JsonObject members)) {
                out.add(section + ": must be an object");
                continue;
            }
            for (Map.Entry<String, JsonValue> m : members.members().entrySet()) {
                String id = m.getKey();
                String where = section + "." + id;
                if (!qualified(id, prefixes)) {
                    out.add(where + ": '" + id + "' is neither a qualified name with a declared prefix nor a blank node");
                }
                if (!(m.getValue() instanceof JsonObject attrs)) {
                    out.add(where + ": must be an object of attributes");
                    continue;
                }
                if (NODE_SECTIONS.contains(section)) {
                    declared.get(section).add(id);
                }
                for (Map.Entry<String, JsonValue> a : attrs.members().entrySet()) {
                    if (!qualified(a.getKey(), prefixes)) {
                        out.add(where + "." + a.getKey() + ": attribute is not a qualified name with a declared prefix");
                    }
                    value(where + "." + a.getKey(), a.getValue(), prefixes, out);
                }
            }
        }
        for (Map.Entry<String, List<String>> r : RELATIONS.entrySet()) {
            if (!(o.get(r.getKey()) instanceof JsonObject members)) {
                continue;
            }
            for (Map.Entry<String, JsonValue> m : members.members().entrySet()) {
                if (!(m.getValue() instanceof JsonObject attrs)) {
                    continue;
                }
                for (String role : r.getValue()) {
                    if (!(attrs.get(role) instanceof JsonString)) {
                        out.add(r.getKey() + "." + m.getKey() + ": missing its required " + role);
                    }
                }
                for (Map.Entry<String, JsonValue> a : attrs.members().entrySet()) {
                    String section = ROLE_SECTION.get(a.getKey());
                    if (section != null && a.getValue() instanceof JsonString s && !declared.get(section).contains(s.value())) {
                        out.add(r.getKey() + "." + m.getKey() + "." + a.getKey() + ": '" + s.value()
                                + "' is not declared under " + section);
                    }
                }
            }
        }
        return out;
    }

    static boolean qualified(String name, Set<String> prefixes) {
        if (name.startsWith("_:") && name.length() > 2) {
            return true;
        }
        int colon = name.indexOf(':');
        return colon > 0 && colon < name.length() - 1 && prefixes.contains(name.substring(0, colon));
    }

    private static void value(String where, JsonValue v, Set<String> prefixes, List<String> out) {
        if (v instanceof JsonString || v instanceof JsonInt || v instanceof JsonFloat || v instanceof JsonBool) {
            return;
        }
        if (v instanceof JsonArray a) {
            for (JsonValue x : a.items()) {
                value(where + "[]", x, prefixes, out);
            }
            return;
        }
        if (v instanceof JsonObject o && o.has("$") && o.size() <= 2 && (o.size() == 1 || o.has("type") || o.has("lang"))) {
            if (o.get("type") instanceof JsonString t && !qualified(t.value(), prefixes)) {
                out.add(where + ": literal type '" + t.value() + "' is not a qualified name with a declared prefix");
            }
            return;
        }
        out.add(where + ": not a PROV-JSON value (string, number, boolean, typed literal or array)");
    }
}
