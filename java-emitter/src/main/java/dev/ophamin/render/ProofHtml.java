package dev.ophamin.render;

import dev.ophamin.Experimental;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.PythonFormat;
import java.util.List;

/**
 * The HTML rendering of a proof ({@code proof.html}): one self-contained page (inline style, an
 * inline SVG figure, no scripts, no external assets) with the nine numbered sections. Every piece
 * of record text is escaped.
 */
@Experimental
public final class ProofHtml {
    private ProofHtml() {
    }

    /**
     * A proof as a self-contained HTML page, its figure inline.
     *
     * @param p the proof
     * @return the page
     */
    public static String render(ProofRecord p) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Ophamin proof ").append(e(p.proofId().substring(0, Math.min(12, p.proofId().length()))))
                .append(" \u2014 ").append(p.verdict().outcome()).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                        + "code,pre{font-family:ui-monospace,monospace;word-break:break-all}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem}"
                        + ".VALIDATED{color:#2ca02c}.REFUTED{color:#d62728}.INCONCLUSIVE{color:#b8860b}</style>\n")
                .append("</head>\n<body>\n");
        h.append("<h1>Ophamin Empirical Proof Record \u2014 <span class=\"").append(p.verdict().outcome()).append("\">")
                .append(p.verdict().outcome()).append("</span></h1>\n");
        h.append("<p>Proof ID <code>").append(e(p.proofId())).append("</code>, schema v").append(e(p.schemaVersion()))
                .append(", created ").append(e(p.identity().createdAt())).append("</p>\n");
        section(h, 1);
        item(h, "Ophamin", p.identity().ophaminVersion() + " @ " + p.identity().ophaminGitCommit());
        item(h, "Substrate", p.data().substrateName() + " @ " + p.data().substrateGitCommit());
        close(h);
        section(h, 2);
        h.append("<blockquote>").append(e(p.claim().statement())).append("</blockquote>\n<ul>\n");
        item(h, "Operationalization", p.claim().operationalization());
        item(h, "Threshold", p.claim().threshold().describe());
        item(h, "H0", p.claim().h0());
        item(h, "H1", p.claim().h1());
        close(h);
        section(h, 3);
        item(h, "Registered at", p.preregistration().preregisteredAt());
        item(h, "Config hash", p.preregistration().configHash());
        item(h, "Data hash", p.preregistration().dataHash());
        item(h, "Analysis plan", p.preregistration().analysisPlan());
        close(h);
        section(h, 4);
        for (Dataset d : p.data().datasets()) {
            item(h, d.name(), d.kind() + ", " + PythonFormat.grouped(d.nRecords()) + " records, " + d.contentHash()
                    + ", " + d.source());
        }
        close(h);
        h.append("<h2>5. Evidence</h2>\n<table>\n<tr><th>Pillar</th><th>Statistic</th><th>Value</th><th>Effect</th>"
                + "<th>95% CI</th><th>p</th><th>Library</th><th>Cross-check</th></tr>\n");
        for (Evidence ev : p.evidence()) {
            h.append("<tr><td>").append(e(ev.pillar())).append("</td><td>").append(e(ev.statisticName()))
                    .append("</td><td>").append(e(ProofMarkdown.g(ev.statisticValue(), 6))).append("</td><td>")
                    .append(ev.effectSize() == null ? "\u2014" : e(ProofMarkdown.g(ev.effectSize(), 4)))
                    .append("</td><td>").append(ev.ciLow() == null || ev.ciHigh() == null ? "\u2014"
                            : e("(" + ProofMarkdown.g(ev.ciLow(), 4) + ", " + ProofMarkdown.g(ev.ciHigh(), 4) + ")"))
                    .append("</td><td>").append(ev.pValue() == null ? "\u2014" : e(ProofMarkdown.g(ev.pValue(), 4)))
                    .append("</td><td>").append(e(ev.library() + " " + ev.libraryVersion())).append("</td><td>")
                    .append(e(ev.crossCheck())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>6. Verdict</h2>\n<p class=\"").append(p.verdict().outcome()).append("\"><strong>")
                .append(p.verdict().outcome()).append("</strong></p>\n<figure>")
                .append(ThresholdFigure.svg(p)).append("<figcaption>Observed value against the pre-registered threshold")
                .append("</figcaption></figure>\n<ul>\n");
        item(h, "Observed", PythonFormat.g(p.verdict().observedValue(), 6));
        item(h, "Threshold", p.verdict().threshold().describe());
        item(h, "Reasoning", p.verdict().reasoning());
        close(h);
        h.append("<h2>7. Reproduction</h2>\n<pre>").append(e(p.reproduction().command())).append("</pre>\n<ul>\n");
        item(h, "Environment lock", p.reproduction().environment().size() + " entries");
        if (!p.reproduction().lineageChain().isEmpty()) {
            item(h, "Lineage chain", String.join(" <- ", p.reproduction().lineageChain()));
        }
        close(h);
        section(h, 8);
        item(h, "W3C PROV graph", p.provenance().size() + " top-level members");
        close(h);
        section(h, 9);
        item(h, "HMAC-SHA256", p.signature().isEmpty() ? "(unsigned)" : p.signature());
        if (p.attestation() != null) {
            item(h, "Attested by", p.attestation().author() + " (ed25519 " + p.attestation().publicKey() + ")");
        }
        close(h);
        List<String> problems = p.problems();
        if (!problems.isEmpty()) {
            h.append("<h2>Validation problems</h2>\n<ul>\n");
            for (String problem : problems) {
                h.append("<li>").append(e(problem)).append("</li>\n");
            }
            close(h);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, int n) {
        h.append("<h2>").append(n).append(". ").append(ProofMarkdown.SECTIONS.get(n - 1)).append("</h2>\n<ul>\n");
    }

    private static void item(StringBuilder h, String label, String value) {
        h.append("<li><strong>").append(e(label)).append(":</strong> ").append(e(value)).append("</li>\n");
    }

    private static void close(StringBuilder h) {
        h.append("</ul>\n");
    }

    private static String e(String s) {
        return Html.escape(s);
    }
}
