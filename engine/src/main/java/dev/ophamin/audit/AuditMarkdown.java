package dev.ophamin.audit;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.model.AuditPillar;
import dev.ophamin.model.AuditRecord;
import dev.ophamin.model.AuditSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An AuditRecord as Markdown, in the sections and order of the reference's {@code to_markdown}, plus the gate. */
public final class AuditMarkdown {
    private AuditMarkdown() {
    }

    public static String render(AuditRecord r) {
        List<String> l = new ArrayList<>();
        l.add("# Ophamin Audit Record\n");
        l.add("**Audit ID:** `" + r.auditId() + "`  ");
        l.add("**Schema:** v" + r.schemaVersion() + "  ");
        l.add("**Captured:** " + r.capturedAt() + "  \n");
        l.add("## 1. Identity\n");
        l.add("- Ophamin: `" + r.ophaminVersion() + "` @ `"
                + (r.ophaminGitCommit().isEmpty() ? "(no commit)" : r.ophaminGitCommit()) + "`");
        l.add("- Target: `" + r.targetPath() + "`");
        String h = r.targetContentHash();
        l.add("- Target content hash: `" + h.substring(0, Math.min(16, h.length())) + "…`\n");
        l.add("## 2. Pillars run\n");
        l.add("| pillar | tool | version | status | findings | wall-time |");
        l.add("|---|---|---|---|---|---|");
        for (AuditPillar p : r.pillars()) {
            l.add("| `" + p.pillarName() + "` | `" + p.toolName() + "` | "
                    + (p.toolVersion().isEmpty() ? "—" : p.toolVersion()) + " | " + p.status() + " | "
                    + (p.status().equals("ok") ? Long.toString(p.findingCount()) : "—") + " | "
                    + String.format(Locale.ROOT, "%.2f", p.wallTimeS().doubleValue()) + "s |");
        }
        l.add("");
        AuditSummary s = r.summary();
        List<String> run = AuditProofs.strings(s.pillarsRun());
        l.add("## 3. Summary\n");
        l.add("- Total findings: **" + s.totalFindings() + "**");
        l.add("- Pillars run: " + run.size() + " (" + (run.isEmpty() ? "—" : String.join(", ", run)) + ")");
        List<String> un = AuditProofs.strings(s.pillarsUnavailable());
        if (!un.isEmpty()) {
            l.add("- Pillars unavailable: " + un.size() + " (" + String.join(", ", un) + ")");
        }
        List<String> err = AuditProofs.strings(s.pillarsErrored());
        if (!err.isEmpty()) {
            l.add("- Pillars errored: " + err.size() + " (" + String.join(", ", err) + ")");
        }
        l.add("\n### Severity histogram\n");
        if (s.severityHistogram().size() == 0) {
            l.add("- _no findings_");
        } else {
            List<Map.Entry<String, JsonValue>> sev = new ArrayList<>(s.severityHistogram().members().entrySet());
            sev.sort((a, b) -> Long.compare(count(b.getValue()), count(a.getValue())));
            for (Map.Entry<String, JsonValue> e : sev) {
                l.add("- `" + e.getKey() + "`: " + count(e.getValue()));
            }
        }
        l.add("\n### Findings per pillar\n");
        new TreeMap<>(s.findingsPerPillar().members()).forEach((k, v) -> l.add("- `" + k + "`: " + count(v)));
        if (s.topFiles().size() > 0) {
            l.add("\n### Top 20 hotspot files\n");
            for (JsonValue pair : s.topFiles().items()) {
                JsonArray a = (JsonArray) pair;
                l.add("- `" + ((JsonString) a.get(0)).value() + "`: " + count(a.get(1)) + " findings");
            }
        }
        if (r.verdict() instanceof JsonObject v) {
            JsonObject t = (JsonObject) v.get("threshold");
            l.add("\n### Gate\n");
            l.add("- Pre-registered metric: `" + str(r.preRegisteredMetric()) + "`");
            l.add("- Threshold: `" + str(t.get("metric")) + " " + str(t.get("comparator")) + " "
                    + t.get("value") + "`");
            l.add("- Verdict: **" + str(v.get("outcome")) + "** — " + str(v.get("reasoning")));
        }
        if (!r.reproductionCommand().isEmpty()) {
            l.add("\n## 4. Reproduction\n```\n" + r.reproductionCommand() + "\n```");
        }
        l.add("\n## 5. Signature\n- `" + (r.signature().isEmpty() ? "(not signed)" : r.signature()) + "`\n");
        return String.join("\n", l) + "\n";
    }

    private static long count(JsonValue v) {
        return v instanceof JsonInt i ? i.longValue() : 0;
    }

    private static String str(JsonValue v) {
        return v instanceof JsonString s ? s.value() : String.valueOf(v);
    }
}
