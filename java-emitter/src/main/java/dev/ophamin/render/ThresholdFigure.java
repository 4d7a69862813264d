package dev.ophamin.render;

import dev.ophamin.model.Evidence;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.PythonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG number line: the threshold as a vertical rule, the observed value as a dot
 * (green when the threshold is satisfied, red otherwise) and the first confidence interval in the
 * evidence as a band. Non-finite values are left out and said so.
 */
public final class ThresholdFigure {
    private static final int W = 640;
    private static final int H = 120;
    private static final int PAD = 40;

    private ThresholdFigure() {
    }

    /** The figure of a proof as an inline {@code <svg>} element. */
    public static String svg(ProofRecord p) {
        double observed = p.verdict().observedValue();
        double threshold = p.verdict().threshold().value();
        Double lo = null;
        Double hi = null;
        for (Evidence e : p.evidence()) {
            if (e.ciLow() != null && e.ciHigh() != null && Double.isFinite(e.ciLow().doubleValue())
                    && Double.isFinite(e.ciHigh().doubleValue())) {
                lo = e.ciLow().doubleValue();
                hi = e.ciHigh().doubleValue();
                break;
            }
        }
        List<Double> xs = new ArrayList<>();
        for (Double d : new Double[] {observed, threshold, lo, hi}) {
            if (d != null && Double.isFinite(d)) {
                xs.add(d);
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(W).append("\" height=\"")
                .append(H).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\">");
        s.append("<title>Observed ").append(Html.escape(PythonFormat.g(observed, 6))).append(" against threshold ")
                .append(Html.escape(p.verdict().threshold().describe())).append("</title>");
        if (xs.isEmpty()) {
            s.append("<text x=\"").append(PAD).append("\" y=\"60\">no finite values to plot</text></svg>");
            return s.toString();
        }
        double min = xs.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
        double max = xs.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            span = Math.max(Math.abs(max), 1.0);
            min -= span / 2;
            max += span / 2;
            span = max - min;
        }
        min -= span * 0.1;
        max += span * 0.1;
        double lo0 = min;
        double scale = (W - 2.0 * PAD) / (max - min);
        java.util.function.DoubleUnaryOperator x = v -> PAD + (v - lo0) * scale;
        s.append("<line x1=\"").append(PAD).append("\" y1=\"70\" x2=\"").append(W - PAD)
                .append("\" y2=\"70\" stroke=\"#888\" stroke-width=\"1\"/>");
        if (lo != null) {
            s.append("<rect class=\"ci\" x=\"").append(f(x.applyAsDouble(lo))).append("\" y=\"60\" width=\"")
                    .append(f(Math.max(x.applyAsDouble(hi) - x.applyAsDouble(lo), 1))).append("\" height=\"20\" fill=\"#9ecae1\" opacity=\"0.6\"/>");
            s.append("<text x=\"").append(f(x.applyAsDouble(lo))).append("\" y=\"100\" font-size=\"11\">CI [")
                    .append(Html.escape(PythonFormat.g(lo, 4))).append(", ").append(Html.escape(PythonFormat.g(hi, 4)))
                    .append("]</text>");
        }
        if (Double.isFinite(threshold)) {
            double tx = x.applyAsDouble(threshold);
            s.append("<line class=\"threshold\" x1=\"").append(f(tx)).append("\" y1=\"30\" x2=\"").append(f(tx))
                    .append("\" y2=\"90\" stroke=\"#333\" stroke-dasharray=\"4 3\" stroke-width=\"2\"/>");
            s.append("<text x=\"").append(f(tx + 4)).append("\" y=\"28\" font-size=\"11\">threshold ")
                    .append(Html.escape(p.verdict().threshold().comparator() + " " + PythonFormat.str(threshold)))
                    .append("</text>");
        }
        if (Double.isFinite(observed)) {
            double ox = x.applyAsDouble(observed);
            String colour = p.verdict().threshold().decide(observed) ? "#2ca02c" : "#d62728";
            s.append("<circle class=\"observed\" cx=\"").append(f(ox)).append("\" cy=\"70\" r=\"6\" fill=\"")
                    .append(colour).append("\"/>");
            s.append("<text x=\"").append(f(ox + 8)).append("\" y=\"55\" font-size=\"11\">observed ")
                    .append(Html.escape(PythonFormat.g(observed, 6))).append("</text>");
        } else {
            s.append("<text x=\"").append(PAD).append("\" y=\"112\" font-size=\"11\">observed value is ")
                    .append(Html.escape(PythonFormat.str(observed))).append(" (not plotted)</text>");
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
