package dev.ophamin.render;

import dev.ophamin.Experimental;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.PythonFormat;
import dev.ophamin.model.Threshold;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A proof's verdict on a number line (JFreeChart): the threshold as a dashed rule, the observed
 * value as a dot (green when it satisfies the threshold, red otherwise), and a confidence interval
 * as a band only when it belongs to the plotted quantity: evidence on the threshold's metric whose
 * interval holds its value. Labels sit on the side of their rule that faces the middle, so none
 * runs off the figure. Non-finite values are left out and said so in the title.
 */
@Experimental
public final class ThresholdFigure {
    static final int W = 640;
    static final int H = 150;

    private ThresholdFigure() {
    }

    /**
     * {@return the figure of a proof as an inline {@code <svg>} element; {@code id} keeps figures of one page apart}
     *
     * @param p the proof
     * @param id prefix of every element id
     */
    public static String svg(ProofRecord p, String id) {
        return Svg.of(chart(p), W, H, id);
    }

    /**
     * {@return the figure with ids derived from the proof id}
     *
     * @param p the proof
     */
    public static String svg(ProofRecord p) {
        return svg(p, "f" + p.proofId().substring(0, Math.min(12, p.proofId().length())));
    }

    static JFreeChart chart(ProofRecord p) {
        Threshold t = p.verdict().threshold();
        double observed = p.verdict().observedValue();
        double[] ci = p.primaryInterval();
        XYSeries dot = new XYSeries("observed");
        if (Double.isFinite(observed)) {
            dot.add(observed, 0.0);
        }
        NumberAxis x = new NumberAxis(t.metric() + (t.units().isEmpty() ? "" : " (" + t.units() + ")"));
        x.setAutoRangeIncludesZero(false);
        x.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        NumberAxis y = new NumberAxis();
        y.setVisible(false);
        y.setRange(-1, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, Double.isFinite(observed) && t.decide(observed) ? new Color(0x2c, 0xa0, 0x2c)
                : new Color(0xd6, 0x27, 0x28));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        XYPlot plot = new XYPlot(new XYSeriesCollection(dot), x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 12, 4, 16));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : new double[] {observed, t.value(), ci == null ? Double.NaN : ci[0], ci == null ? Double.NaN : ci[1]}) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo <= hi) {
            double span = hi - lo > 0 ? hi - lo : Math.max(Math.abs(hi), 1.0);
            x.setRange(lo - span * 0.15, hi + span * 0.15);
        }
        double mid = (x.getLowerBound() + x.getUpperBound()) / 2;
        if (ci != null) {
            IntervalMarker band = new IntervalMarker(ci[0], ci[1], new Color(0x9e, 0xca, 0xe1, 150));
            band.setLabel("CI [" + PythonFormat.g(ci[0], 4) + ", " + PythonFormat.g(ci[1], 4) + "]");
            label(band, (ci[0] + ci[1]) / 2 < mid, false);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        if (Double.isFinite(t.value())) {
            ValueMarker m = new ValueMarker(t.value(), new Color(0x33, 0x33, 0x33), new BasicStroke(2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            m.setLabel("threshold " + t.comparator() + " " + PythonFormat.str(t.value()));
            label(m, t.value() < mid, true);
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        if (Double.isFinite(observed)) {
            ValueMarker o = new ValueMarker(observed, new Color(0, 0, 0, 0), new BasicStroke(0.1f));
            o.setLabel("observed " + PythonFormat.g(observed, 6));
            label(o, observed < mid, false);
            plot.addDomainMarker(o, Layer.FOREGROUND);
        }
        String title = Double.isFinite(observed) ? null
                : "observed value is " + PythonFormat.str(observed) + " (not plotted)";
        JFreeChart c = new JFreeChart(title, new Font("SansSerif", Font.PLAIN, 12), plot, false);
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        return c;
    }

    /** Puts a marker's label inside the plot, on the side of the rule that faces the middle. */
    private static void label(org.jfree.chart.plot.Marker m, boolean leftOfMiddle, boolean top) {
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        if (leftOfMiddle) {
            m.setLabelAnchor(top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        } else {
            m.setLabelAnchor(top ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
            m.setLabelTextAnchor(top ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        }
    }
}
