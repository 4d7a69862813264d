package dev.ophamin.render;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Numeric;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.PythonFormat;
import dev.ophamin.model.Verdict;
import java.util.List;

/** The human rendering of a proof ({@code proof.md}): a header and the nine numbered sections. */
@Experimental
public final class ProofMarkdown {
    /** The section titles, in order. */
    public static final List<String> SECTIONS = List.of("Identity", "Claim", "Pre-registration", "Data", "Evidence",
            "Verdict", "Reproduction", "Provenance", "Signature");

    private ProofMarkdown() {
    }

    /**
     * A proof as Markdown, section by section.
     *
     * @param p the proof
     * @return the text
     */
    public static String render(ProofRecord p) {
        StringBuilder md = new StringBuilder();
        Verdict v = p.verdict();
        line(md, "# Ophamin Empirical Proof Record \u2014 `" + v.outcome() + "`");
        line(md, "");
        line(md, "**Proof ID:** `" + p.proofId() + "`  ");
        line(md, "**Schema:** v" + p.schemaVersion() + "  ");
        line(md, "**Created:** " + p.identity().createdAt());
        section(md, 1);
        line(md, "- Ophamin: `" + p.identity().ophaminVersion() + "` @ `" + orNone(p.identity().ophaminGitCommit()) + "`");
        line(md, "- Substrate: **" + inline(p.data().substrateName()) + "** @ `" + orNone(p.data().substrateGitCommit()) + "`");
        section(md, 2);
        line(md, "> " + inline(p.claim().statement()));
        line(md, "");
        line(md, "- **Operationalization:** " + inline(p.claim().operationalization()));
        line(md, "- **Threshold:** `" + p.claim().threshold().describe() + "`");
        line(md, "- **H0:** " + inline(p.claim().h0()));
        line(md, "- **H1:** " + inline(p.claim().h1()));
        section(md, 3);
        line(md, "- Registered at: `" + p.preregistration().preregisteredAt() + "` (must not be after the creation time)");
        line(md, "- Config hash: `" + p.preregistration().configHash() + "`");
        line(md, "- Data hash: `" + p.preregistration().dataHash() + "`");
        line(md, "- Analysis plan: " + inline(p.preregistration().analysisPlan()));
        section(md, 4);
        for (Dataset d : p.data().datasets()) {
            line(md, "- **" + inline(d.name()) + "** (" + inline(d.kind()) + ") \u2014 " + PythonFormat.grouped(d.nRecords())
                    + " records \u2014 `" + d.contentHash().substring(0, Math.min(16, d.contentHash().length()))
                    + "\u2026` \u2014 " + inline(d.source()));
        }
        section(md, 5);
        line(md, "| Pillar | Statistic | Value | Effect | 95% CI | p | Library | Cross-check |");
        line(md, "|---|---|---|---|---|---|---|---|");
        for (Evidence e : p.evidence()) {
            String ci = e.ciLow() != null && e.ciHigh() != null
                    ? "(" + g(e.ciLow(), 4) + ", " + g(e.ciHigh(), 4) + ")" : "\u2014";
            line(md, "| " + cell(e.pillar()) + " | " + cell(e.statisticName()) + " | " + g(e.statisticValue(), 6)
                    + " | " + (e.effectSize() == null ? "\u2014" : g(e.effectSize(), 4)) + " | " + ci + " | "
                    + (e.pValue() == null ? "\u2014" : g(e.pValue(), 4)) + " | " + cell(e.library() + " "
                    + e.libraryVersion()) + " | " + cell(e.crossCheck()) + " |");
        }
        section(md, 6);
        line(md, "### **" + v.outcome() + "**");
        line(md, "");
        line(md, "- Observed: `" + PythonFormat.g(v.observedValue(), 6) + "`");
        line(md, "- Threshold: `" + v.threshold().describe() + "`");
        line(md, "- Reasoning: " + inline(v.reasoning()));
        section(md, 7);
        line(md, "```");
        line(md, p.reproduction().command());
        line(md, "```");
        line(md, "- Environment lock: " + p.reproduction().environment().size() + " entries");
        if (!p.reproduction().lineageChain().isEmpty()) {
            line(md, "- Lineage chain: " + inline(String.join(" <- ", p.reproduction().lineageChain())));
        }
        section(md, 8);
        JsonObject prov = p.provenance();
        line(md, "- W3C PROV graph: " + count(prov, "entity") + " entities, " + count(prov, "activity")
                + " activities, " + count(prov, "agent") + " agents");
        section(md, 9);
        line(md, p.signature().isEmpty() ? "- *(unsigned)*" : "- HMAC-SHA256: `" + p.signature() + "`");
        if (p.attestation() != null) {
            line(md, "- Attested by **" + inline(p.attestation().author()) + "** (ed25519, public key `"
                    + p.attestation().publicKey() + "`)");
        }
        line(md, "");
        List<String> problems = p.problems();
        line(md, "---");
        if (problems.isEmpty()) {
            line(md, "**Well-formed:** falsifiable, pre-registered, traceable, reproducible, attributed.");
        } else {
            line(md, "**" + problems.size() + " validation problem(s):**");
            for (String problem : problems) {
                line(md, "- " + inline(problem));
            }
        }
        return md.toString();
    }

    static String g(Numeric n, int digits) {
        return PythonFormat.g(n.doubleValue(), digits);
    }

    private static int count(JsonObject prov, String key) {
        return prov.get(key) instanceof JsonObject ? ((JsonObject) prov.get(key)).size() : 0;
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "(no commit)" : s;
    }

    private static void section(StringBuilder md, int n) {
        line(md, "");
        line(md, "## " + n + ". " + SECTIONS.get(n - 1));
    }

    // Record text is data: line breaks would start new Markdown blocks, so they become spaces.
    private static String inline(String s) {
        return s.replace("\r", " ").replace("\n", " ");
    }

    private static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    private static void line(StringBuilder md, String s) {
        md.append(s).append('\n');
    }
}
