package dev.ophamin.analysis;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.PythonFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ophamin analyze METRIC}: the trajectory of one statistic across a corpus, oldest first —
 * from every proof whose claim is decided on METRIC (the verdict's observed value) or whose
 * evidence reports METRIC (that evidence's value).
 */
public final class Trajectory {
    /** One proof's point. */
    public record Point(ProofCorpus.Entry entry, double value, double[] interval, boolean decidedOn) {
        public String verdict() {
            return entry.outcome();
        }
    }

    private Trajectory() {
    }

    public static List<Point> of(ProofCorpus c, String metric) {
        List<Point> out = new ArrayList<>();
        for (ProofCorpus.Entry e : c.entries()) {
            if (e.metric().equals(metric)) {
                out.add(new Point(e, e.value(), e.interval(), true));
                continue;
            }
            for (Evidence ev : e.proof().evidence()) {
                if (ev.statisticName().equals(metric)) {
                    double v = ev.statisticValue().doubleValue();
                    double[] ci = ev.ciLow() != null && ev.ciHigh() != null
                            && ev.ciLow().doubleValue() <= v && v <= ev.ciHigh().doubleValue()
                            ? new double[] {ev.ciLow().doubleValue(), ev.ciHigh().doubleValue()} : null;
                    out.add(new Point(e, v, ci, false));
                    break;
                }
            }
        }
        return out;
    }

    static final String[] COLUMNS = {"created_at", "scenario", "substrate_commit", "value", "ci_low", "ci_high",
        "verdict", "threshold", "decided_on_metric", "proof_id", "path"};

    /** RFC 4180 CSV with a header row; floats in Python's repr. */
    public static String csv(List<Point> points) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Point p : points) {
            ProofCorpus.Entry e = p.entry();
            String[] row = {e.createdAt(), e.scenario(), e.commit(), PythonFormat.str(p.value()),
                p.interval() == null ? "" : PythonFormat.str(p.interval()[0]),
                p.interval() == null ? "" : PythonFormat.str(p.interval()[1]), p.verdict(),
                p.decidedOn() ? e.proof().verdict().threshold().comparator() + " "
                        + PythonFormat.str(e.proof().verdict().threshold().value()) : "",
                Boolean.toString(p.decidedOn()), e.proof().proofId(), e.path().toString()};
            for (int i = 0; i < row.length; i++) {
                b.append(i == 0 ? "" : ",").append(quote(row[i]));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    static String quote(String s) {
        return s.matches("[^\",\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    public static JsonObject json(String metric, ProofCorpus c, List<Point> points) {
        List<JsonValue> rows = new ArrayList<>();
        for (Point p : points) {
            ProofCorpus.Entry e = p.entry();
            rows.add(JsonObject.builder().put("created_at", e.createdAt()).put("scenario", e.scenario())
                    .put("substrate_commit", e.commit()).put("value", p.value())
                    .put("ci_low", p.interval() == null ? JsonNull.NULL : dev.ophamin.canonical.JsonFloat.of(p.interval()[0]))
                    .put("ci_high", p.interval() == null ? JsonNull.NULL : dev.ophamin.canonical.JsonFloat.of(p.interval()[1]))
                    .put("verdict", p.verdict()).put("decided_on_metric", p.decidedOn())
                    .put("threshold", p.decidedOn() ? e.proof().verdict().threshold().toJson() : JsonNull.NULL)
                    .put("proof_id", e.proof().proofId()).put("path", e.path().toString()).build());
        }
        return JsonObject.builder().put("metric", metric).put("corpus", c.root().toString())
                .put("points", (long) points.size()).put("trajectory", new JsonArray(rows)).build();
    }
}
