package dev.ophamin.analysis;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.emit.AtomicFiles;
import dev.ophamin.render.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files {@code analyze} and {@code posterior} write, each atomically (a rerun replaces them). */
public final class AnalysisFiles {
    private AnalysisFiles() {
    }

    /** {@code <metric>.csv}, {@code .json}, {@code .svg} and {@code .html} in {@code dir}; returns their paths. */
    public static List<Path> trajectory(Path dir, String metric, ProofCorpus c, List<Trajectory.Point> points)
            throws IOException {
        Files.createDirectories(dir);
        String base = metric.replaceAll("[^A-Za-z0-9_.-]", "_");
        String svg = Charts.trajectory(metric, points);
        StringBuilder rows = new StringBuilder();
        for (Trajectory.Point p : points) {
            ProofCorpus.Entry e = p.entry();
            rows.append("<tr><td>").append(Html.escape(e.createdAt())).append("</td><td>").append(Html.escape(e.scenario()))
                    .append("</td><td><code>").append(Html.escape(Diagnosis.shortCommit(e.commit()))).append("</code></td><td>")
                    .append(Html.escape(dev.ophamin.model.PythonFormat.g(p.value(), 6))).append("</td><td>")
                    .append(p.interval() == null ? "—" : Html.escape("[" + dev.ophamin.model.PythonFormat.g(p.interval()[0], 4)
                            + ", " + dev.ophamin.model.PythonFormat.g(p.interval()[1], 4) + "]"))
                    .append("</td><td class=\"").append(p.verdict()).append("\">").append(p.verdict())
                    .append("</td><td><code>").append(Html.escape(e.path().toString())).append("</code></td></tr>\n");
        }
        String html = page(metric + " across " + c.root(), "<figure>" + svg + "<figcaption>" + Html.escape(metric)
                + " per proof in time order; band: the interval the evidence gives for it; colour: the verdict; "
                + "dashed: the pre-registered threshold.</figcaption></figure>\n<table><thead><tr><th>created</th>"
                + "<th>scenario</th><th>commit</th><th>value</th><th>interval</th><th>verdict</th><th>proof</th></tr>"
                + "</thead><tbody>\n" + rows + "</tbody></table>");
        List<Path> out = new ArrayList<>();
        out.add(write(dir.resolve(base + ".csv"), Trajectory.csv(points)));
        out.add(write(dir.resolve(base + ".json"), json(Trajectory.json(metric, c, points))));
        out.add(write(dir.resolve(base + ".svg"), svgDocument(svg)));
        out.add(write(dir.resolve(base + ".html"), html));
        return out;
    }

    /** {@code posterior_<scenario>.json}, {@code .svg} (the rate) and, when fitted, {@code _mean.svg}. */
    public static List<Path> posterior(Path dir, String scenario, JsonObject post) throws IOException {
        Files.createDirectories(dir);
        String base = "posterior_" + scenario.replaceAll("[^A-Za-z0-9_.-]", "_");
        List<Path> out = new ArrayList<>();
        out.add(write(dir.resolve(base + ".json"), json(post)));
        double[][] bb = series(((JsonArray) ((JsonObject) post.get("beta_binomial")).get("steps")).items());
        out.add(write(dir.resolve(base + ".svg"), svgDocument(Charts.posterior(
                "P(VALIDATED) for " + scenario + ", Beta-Binomial", "posterior probability of VALIDATED", bb[0], bb[1], bb[2],
                "rate"))));
        JsonObject normal = (JsonObject) post.get("normal_normal");
        if (normal.get("steps") instanceof JsonArray steps) {
            double[][] nn = series(steps.items());
            out.add(write(dir.resolve(base + "_mean.svg"), svgDocument(Charts.posterior("Mean of "
                    + ((dev.ophamin.canonical.JsonString) normal.get("metric")).value() + " for " + scenario
                    + ", Normal-Normal", "posterior mean", nn[0], nn[1], nn[2], "mean"))));
        }
        return out;
    }

    private static double[][] series(List<JsonValue> steps) {
        double[][] s = new double[3][steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            JsonObject o = (JsonObject) steps.get(i);
            s[0][i] = num(o.get("mean"));
            s[1][i] = num(o.get("low"));
            s[2][i] = num(o.get("high"));
        }
        return s;
    }

    private static double num(JsonValue v) {
        return v instanceof dev.ophamin.canonical.JsonFloat f ? f.value()
                : ((dev.ophamin.canonical.JsonInt) v).longValue();
    }

    static String json(JsonObject o) {
        return new String(PythonJsonWriter.toBytes(o, PythonJsonWriter.Layout.INDENT2), StandardCharsets.UTF_8) + "\n";
    }

    static String svgDocument(String svgElement) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement + "\n";
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title><style>body{font-family:sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}.VALIDATED{color:#2ca02c}"
                + ".REFUTED{color:#d62728}.INCONCLUSIVE{color:#7f7f7f}</style></head><body>\n<h1>" + Html.escape(title)
                + "</h1>\n" + body + "\n</body></html>\n";
    }

    private static Path write(Path f, String text) throws IOException {
        AtomicFiles.write(f, text.getBytes(StandardCharsets.UTF_8), true);
        return f;
    }
}
