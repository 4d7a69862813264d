package dev.ophamin.analysis;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.PythonFormat;
import dev.ophamin.pillar.crosscheck.ClosedFormWilsonCi;
import dev.ophamin.pillar.crosscheck.Moments;
import dev.ophamin.pillar.crosscheck.HipparchusWelchT;
import dev.ophamin.pillar.crosscheck.WelchT;
import dev.ophamin.pillar.crosscheck.WilsonCi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * {@code ophamin drift-report}: for each scenario's primary statistic, the proofs of the first and
 * of the last substrate commit (commits ordered by their first proof's time) compared by a stated
 * test at level 0.05 — Wilson intervals and Newcombe's interval for the difference of proportions,
 * Welch's t (with a seeded bootstrap interval beside it) for means — with the delta, its interval,
 * whether it is significant, and whether the verdict flipped; {@code single_commit} when there is
 * one commit only, {@code untestable} when a side has too few proofs for the test.
 */
public final class DriftReport {
    static final double ALPHA = 0.05;
    static final int BOOTSTRAP = 10_000;

    private DriftReport() {
    }

    /** Proportion-like statistics: tested as proportions of each proof's dataset size. */
    static boolean proportion(String metric, String units) {
        String u = units.toLowerCase(Locale.ROOT);
        String m = metric.toLowerCase(Locale.ROOT);
        return u.equals("proportion") || u.equals("rate") || u.equals("fraction") || m.endsWith("_rate")
                || m.endsWith("_proportion") || m.endsWith("_fraction") || m.endsWith("recall")
                || m.endsWith("precision") || m.endsWith("accuracy");
    }

    public static JsonObject of(ProofCorpus c) {
        Map<String, List<ProofCorpus.Entry>> groups = new TreeMap<>();
        for (ProofCorpus.Entry e : c.entries()) {
            groups.computeIfAbsent(e.scenario() + "\u0000" + e.metric(), k -> new ArrayList<>()).add(e);
        }
        List<JsonValue> rows = new ArrayList<>();
        long drifted = 0;
        long flips = 0;
        for (List<ProofCorpus.Entry> g : groups.values()) {
            JsonObject row = compare(g);
            rows.add(row);
            drifted += row.get("significant") == dev.ophamin.canonical.JsonBool.TRUE ? 1 : 0;
            flips += row.get("verdict_flip") instanceof dev.ophamin.canonical.JsonString ? 1 : 0;
        }
        return JsonObject.builder().put("corpus", c.root().toString()).put("alpha", ALPHA)
                .put("statistics", (long) rows.size()).put("significant_drift", drifted).put("verdict_flips", flips)
                .put("rows", new JsonArray(rows)).build();
    }

    static JsonObject compare(List<ProofCorpus.Entry> g) {
        ProofCorpus.Entry first = g.get(0);
        Map<String, List<ProofCorpus.Entry>> byCommit = new LinkedHashMap<>();
        for (ProofCorpus.Entry e : g) {
            byCommit.computeIfAbsent(e.commit(), k -> new ArrayList<>()).add(e);
        }
        List<String> commits = new ArrayList<>(byCommit.keySet());
        JsonObject.Builder b = JsonObject.builder().put("scenario", first.scenario()).put("metric", first.metric())
                .put("proofs", (long) g.size()).put("commits", (long) commits.size());
        if (commits.size() < 2) {
            return b.put("status", "single_commit").put("first_commit", commits.get(0)).put("last_commit", commits.get(0))
                    .put("delta", JsonNull.NULL).put("significant", false).put("verdict_flip", JsonNull.NULL).build();
        }
        List<ProofCorpus.Entry> f = byCommit.get(commits.get(0));
        List<ProofCorpus.Entry> l = byCommit.get(commits.get(commits.size() - 1));
        b.put("first_commit", commits.get(0)).put("last_commit", commits.get(commits.size() - 1))
                .put("n_first", (long) f.size()).put("n_last", (long) l.size());
        String fv = f.get(f.size() - 1).outcome();
        String lv = l.get(l.size() - 1).outcome();
        JsonValue flip = fv.equals(lv) ? JsonNull.NULL : new dev.ophamin.canonical.JsonString(fv + " -> " + lv);
        String units = first.proof().verdict().threshold().units();
        if (proportion(first.metric(), units) && sized(f) && sized(l)) {
            proportions(b, f, l);
        } else {
            means(b, f, l);
        }
        return b.put("verdict_flip", flip).build();
    }

    private static boolean sized(List<ProofCorpus.Entry> es) {
        for (ProofCorpus.Entry e : es) {
            double v = e.value();
            if (!(v >= 0 && v <= 1) || n(e) < 1) {
                return false;
            }
        }
        return true;
    }

    private static long n(ProofCorpus.Entry e) {
        long n = 0;
        for (Dataset d : e.proof().data().datasets()) {
            n = Math.max(n, d.nRecords());
        }
        return n;
    }

    private static void proportions(JsonObject.Builder b, List<ProofCorpus.Entry> f, List<ProofCorpus.Entry> l) {
        long[] fs = pooled(f);
        long[] ls = pooled(l);
        WilsonCi w = new ClosedFormWilsonCi();
        WilsonCi.Interval wf = w.compute(fs[0], fs[1], 1 - ALPHA);
        WilsonCi.Interval wl = w.compute(ls[0], ls[1], 1 - ALPHA);
        double pf = (double) fs[0] / fs[1];
        double pl = (double) ls[0] / ls[1];
        double d = pl - pf;
        // Newcombe (1998) method 10: the difference's interval from the two Wilson intervals
        double lo = d - Math.sqrt(sq(pl - wl.lower()) + sq(wf.upper() - pf));
        double hi = d + Math.sqrt(sq(wl.upper() - pl) + sq(pf - wf.lower()));
        b.put("status", "compared").put("test", "wilson+newcombe").put("first_value", pf).put("last_value", pl)
                .put("first_interval", JsonArray.of(dev.ophamin.canonical.JsonFloat.of(wf.lower()),
                        dev.ophamin.canonical.JsonFloat.of(wf.upper())))
                .put("last_interval", JsonArray.of(dev.ophamin.canonical.JsonFloat.of(wl.lower()),
                        dev.ophamin.canonical.JsonFloat.of(wl.upper())))
                .put("delta", d).put("delta_low", lo).put("delta_high", hi).put("p_value", JsonNull.NULL)
                .put("significant", lo > 0 || hi < 0);
    }

    private static long[] pooled(List<ProofCorpus.Entry> es) {
        long s = 0;
        long n = 0;
        for (ProofCorpus.Entry e : es) {
            long k = n(e);
            s += Math.round(e.value() * k);
            n += k;
        }
        return new long[] {s, n};
    }

    private static void means(JsonObject.Builder b, List<ProofCorpus.Entry> f, List<ProofCorpus.Entry> l) {
        double[] a = values(f);
        double[] c = values(l);
        double d = mean(c) - mean(a);
        b.put("first_value", mean(a)).put("last_value", mean(c)).put("delta", d);
        if (a.length < 2 || c.length < 2) {
            b.put("status", "untestable").put("test", "welch")
                    .put("reason", "a commit has a single proof: no spread to test against")
                    .put("delta_low", JsonNull.NULL).put("delta_high", JsonNull.NULL).put("p_value", JsonNull.NULL)
                    .put("significant", false);
            return;
        }
        if (var(a) == 0 && var(c) == 0) {
            // every proof of each commit agrees: any difference is exact, none is noise
            b.put("status", "compared").put("test", "exact (no spread at either commit)").put("delta_low", d)
                    .put("delta_high", d).put("p_value", JsonNull.NULL).put("significant", d != 0);
            return;
        }
        WelchT.Result t = new HipparchusWelchT().compute(c, a);
        double se = Math.sqrt(var(a) / a.length + var(c) / c.length);
        double q = new TDistribution(t.df()).inverseCumulativeProbability(1 - ALPHA / 2);
        double[] boot = bootstrap(a, c);
        b.put("status", "compared").put("test", "welch").put("delta_low", d - q * se).put("delta_high", d + q * se)
                .put("p_value", t.p()).put("bootstrap_low", boot[0]).put("bootstrap_high", boot[1])
                .put("significant", t.p() < ALPHA);
    }

    /** A percentile interval for the difference of means from 10,000 resamples, seed 0. */
    static double[] bootstrap(double[] a, double[] c) {
        SplittableRandom r = new SplittableRandom(0);
        double[] diffs = new double[BOOTSTRAP];
        for (int i = 0; i < BOOTSTRAP; i++) {
            diffs[i] = resampledMean(c, r) - resampledMean(a, r);
        }
        java.util.Arrays.sort(diffs);
        return new double[] {diffs[(int) Math.floor(ALPHA / 2 * (BOOTSTRAP - 1))],
            diffs[(int) Math.ceil((1 - ALPHA / 2) * (BOOTSTRAP - 1))]};
    }

    private static double resampledMean(double[] x, SplittableRandom r) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[r.nextInt(x.length)];
        }
        return s / x.length;
    }

    private static double[] values(List<ProofCorpus.Entry> es) {
        return es.stream().mapToDouble(ProofCorpus.Entry::value).filter(Double::isFinite).toArray();
    }

    static double mean(double[] x) {
        return x.length == 0 ? Double.NaN : Moments.mean(x);
    }

    /** The sample variance; 0 for fewer than two values. */
    static double var(double[] x) {
        return x.length < 2 ? 0 : Moments.variance(x);
    }

    private static double sq(double v) {
        return v * v;
    }

    /** The report as a text table. */
    public static String text(JsonObject r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-30s %-28s %-13s %-9s %-34s %-9s %-8s %s%n", "scenario", "metric", "status", "commits",
                "delta [95% interval]", "p", "drift", "verdict flip"));
        for (JsonValue v : ((JsonArray) r.get("rows")).items()) {
            JsonObject o = (JsonObject) v;
            String delta = o.get("delta") instanceof dev.ophamin.canonical.JsonFloat d
                    ? PythonFormat.g(d.value(), 4) + (o.get("delta_low") instanceof dev.ophamin.canonical.JsonFloat lo
                    ? " [" + PythonFormat.g(lo.value(), 4) + ", " + PythonFormat.g(((dev.ophamin.canonical.JsonFloat)
                    o.get("delta_high")).value(), 4) + "]" : "") : "—";
            String p = o.get("p_value") instanceof dev.ophamin.canonical.JsonFloat pv ? PythonFormat.g(pv.value(), 3) : "—";
            b.append(String.format("%-30s %-28s %-13s %-9s %-34s %-9s %-8s %s%n", s(o, "scenario"), s(o, "metric"),
                    s(o, "status"), o.get("commits"), delta, p,
                    o.get("significant") == dev.ophamin.canonical.JsonBool.TRUE ? "yes" : "no",
                    o.get("verdict_flip") instanceof dev.ophamin.canonical.JsonString f ? f.value() : "—"));
        }
        b.append(r.get("statistics")).append(" statistics, ").append(r.get("significant_drift"))
                .append(" with significant drift, ").append(r.get("verdict_flips")).append(" verdict flips\n");
        return b.toString();
    }

    private static String s(JsonObject o, String k) {
        return ((dev.ophamin.canonical.JsonString) o.get(k)).value();
    }
}
