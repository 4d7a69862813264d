package dev.ophamin.report;

import dev.ophamin.campaign.Multiplicity;
import dev.ophamin.campaign.ScenarioRun;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.emit.AtomicFiles;
import dev.ophamin.model.Outcome;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.render.Html;
import dev.ophamin.render.ThresholdFigure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reports of a set of proofs: SUMMARY.json (machine-readable), REPORT.md and REPORT.html (a
 * verdict table with the corrected verdicts, failures, and one figure per claim). Used by
 * {@code run-all} and {@code ophamin report}.
 */
public final class CampaignReport {
    private CampaignReport() {
    }

    /** Writes the three files into {@code dir} atomically and returns their names. */
    public static List<String> write(Path dir, List<ScenarioRun> runs, Multiplicity.Result correction, String method,
                                     double alpha) {
        try {
            AtomicFiles.write(dir.resolve("SUMMARY.json"), summary(dir, runs, correction, method, alpha), true);
            AtomicFiles.write(dir.resolve("REPORT.md"), markdown(dir, runs, correction, method, alpha)
                    .getBytes(StandardCharsets.UTF_8), true);
            AtomicFiles.write(dir.resolve("REPORT.html"), html(dir, runs, correction, method, alpha)
                    .getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write the reports: " + e.getMessage(), e);
        }
        return List.of("SUMMARY.json", "REPORT.md", "REPORT.html");
    }

    static Outcome corrected(ProofRecord p, Multiplicity.Result c) {
        return c.verdicts().getOrDefault(p.proofId(), p.verdict().outcome());
    }

    static String rel(Path dir, Path bundle, String file) {
        return bundle == null ? "" : dir.relativize(bundle.resolve(file)).toString().replace('\\', '/');
    }

    static byte[] summary(Path dir, List<ScenarioRun> runs, Multiplicity.Result c, String method, double alpha) {
        List<JsonValue> items = new ArrayList<>();
        int[] counts = new int[4];
        for (ScenarioRun r : runs) {
            JsonObject.Builder b = JsonObject.builder().put("scenario", r.scenario()).put("tier", r.tier());
            if (r.ok()) {
                ProofRecord p = r.proof();
                Outcome corr = corrected(p, c);
                counts[corr.ordinal()]++;
                Double adj = c.adjustedP().get(p.proofId());
                Double pv = Multiplicity.pValue(p);
                b.put("proof_id", p.proofId()).put("claim", p.claim().statement())
                        .put("threshold", p.claim().threshold().describe())
                        .put("observed", p.verdict().observedValue())
                        .put("verdict", p.verdict().outcome().name()).put("corrected_verdict", corr.name())
                        .put("p_value", pv == null ? JsonNull.NULL : new dev.ophamin.canonical.JsonFloat(pv))
                        .put("adjusted_p", adj == null ? JsonNull.NULL : new dev.ophamin.canonical.JsonFloat(adj))
                        .put("proof", rel(dir, r.bundle(), "proof.json")).put("error", JsonNull.NULL);
            } else {
                counts[3]++;
                b.put("error", r.error());
            }
            items.add(b.build());
        }
        JsonObject doc = JsonObject.builder()
                .put("counts", JsonObject.builder().put("VALIDATED", (long) counts[0]).put("REFUTED", (long) counts[1])
                        .put("INCONCLUSIVE", (long) counts[2]).put("FAILED", (long) counts[3]).build())
                .put("multiplicity", JsonObject.builder().put("method", method).put("alpha", alpha)
                        .put("family_size", (long) c.familySize()).put("demoted", (long) c.demoted()).build())
                .put("scenarios", new JsonArray(items)).build();
        return PythonJsonWriter.toBytes(doc, PythonJsonWriter.Layout.INDENT2);
    }

    static String markdown(Path dir, List<ScenarioRun> runs, Multiplicity.Result c, String method, double alpha) {
        StringBuilder md = new StringBuilder("# Campaign report\n\n");
        md.append(String.format(Locale.ROOT, "%d scenarios; multiplicity correction: %s at %s (family: every proof with a "
                + "p-value, %d; demoted %d).%n%n", runs.size(), method, alpha, c.familySize(), c.demoted()));
        md.append("| scenario | tier | observed | threshold | verdict | corrected | proof |\n|---|---|---|---|---|---|---|\n");
        for (ScenarioRun r : runs) {
            if (r.ok()) {
                ProofRecord p = r.proof();
                md.append("| ").append(r.scenario()).append(" | ").append(r.tier()).append(" | ")
                        .append(number(p.verdict().observedValue())).append(" | `").append(p.claim().threshold().describe())
                        .append("` | ").append(p.verdict().outcome()).append(" | ").append(corrected(p, c)).append(" | [")
                        .append(p.proofId(), 0, 12).append("](").append(rel(dir, r.bundle(), "proof.md")).append(") |\n");
            } else {
                md.append("| ").append(r.scenario()).append(" | ").append(r.tier()).append(" | | | FAILED | | |\n");
            }
        }
        List<ScenarioRun> failed = runs.stream().filter(r -> !r.ok()).toList();
        if (!failed.isEmpty()) {
            md.append("\n## Failures\n\n");
            failed.forEach(r -> md.append("- **").append(r.scenario()).append("**: ").append(r.error()).append('\n'));
        }
        md.append("\n## Claims\n");
        for (ScenarioRun r : runs) {
            if (r.ok()) {
                md.append("\n### ").append(r.scenario()).append("\n\n").append(r.proof().claim().statement()).append("\n\n")
                        .append(r.proof().verdict().reasoning()).append('\n');
            }
        }
        return md.toString();
    }

    static String html(Path dir, List<ScenarioRun> runs, Multiplicity.Result c, String method, double alpha) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Campaign report</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;"
                + "padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;"
                + "text-align:left}.VALIDATED{color:#1a7f37}.REFUTED{color:#cf222e}.INCONCLUSIVE{color:#9a6700}"
                + ".FAILED{color:#cf222e;font-weight:bold}</style></head><body>\n<h1>Campaign report</h1>\n");
        h.append("<p>").append(runs.size()).append(" scenarios; multiplicity correction: ").append(Html.escape(method))
                .append(" at ").append(alpha).append(" (family: every proof with a p-value, ").append(c.familySize())
                .append("; demoted ").append(c.demoted()).append(").</p>\n<table><tr><th>scenario</th><th>tier</th>"
                        + "<th>observed</th><th>threshold</th><th>verdict</th><th>corrected</th><th>proof</th></tr>\n");
        for (ScenarioRun r : runs) {
            h.append("<tr><td>").append(Html.escape(r.scenario())).append("</td><td>").append(Html.escape(r.tier())).append("</td>");
            if (r.ok()) {
                ProofRecord p = r.proof();
                Outcome corr = corrected(p, c);
                h.append("<td>").append(number(p.verdict().observedValue())).append("</td><td>")
                        .append(Html.escape(p.claim().threshold().describe())).append("</td><td class=\"")
                        .append(p.verdict().outcome()).append("\">").append(p.verdict().outcome()).append("</td><td class=\"")
                        .append(corr).append("\">").append(corr).append("</td><td><a href=\"")
                        .append(Html.escape(rel(dir, r.bundle(), "proof.html"))).append("\">").append(p.proofId(), 0, 12)
                        .append("</a></td></tr>\n");
            } else {
                h.append("<td></td><td></td><td class=\"FAILED\">FAILED</td><td></td><td>")
                        .append(Html.escape(r.error())).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
        for (ScenarioRun r : runs) {
            if (r.ok()) {
                h.append("<section><h2>").append(Html.escape(r.scenario())).append("</h2><p>")
                        .append(Html.escape(r.proof().claim().statement())).append("</p>\n")
                        .append(ThresholdFigure.svg(r.proof())).append("\n<p>")
                        .append(Html.escape(r.proof().verdict().reasoning())).append("</p></section>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    static String number(double v) {
        return dev.ophamin.model.PythonFormat.g(v, 6);
    }
}
