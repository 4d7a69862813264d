package dev.ophamin.analysis;

import dev.ophamin.model.PythonFormat;
import dev.ophamin.render.Svg;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The corpus figures (JFreeChart into SVG): a trajectory of a statistic and a posterior sequence. */
public final class Charts {
    static final int W = 760;
    static final int H = 360;
    static final Color VALIDATED = new Color(0x2c, 0xa0, 0x2c);
    static final Color REFUTED = new Color(0xd6, 0x27, 0x28);
    static final Color INCONCLUSIVE = new Color(0x7f, 0x7f, 0x7f);
    static final Color BAND = new Color(0x9e, 0xca, 0xe1);

    private Charts() {
    }

    /**
     * The trajectory: the value of each proof in time order (x = position), its interval as a band,
     * one marker series per verdict, and the threshold as a dashed line when every proof decided
     * on the metric shares it.
     */
    public static String trajectory(String metric, List<Trajectory.Point> points) {
        YIntervalSeries band = new YIntervalSeries("interval");
        XYSeries validated = new XYSeries("VALIDATED");
        XYSeries refuted = new XYSeries("REFUTED");
        XYSeries inconclusive = new XYSeries("INCONCLUSIVE");
        String threshold = null;
        double thresholdValue = Double.NaN;
        boolean oneThreshold = true;
        for (int i = 0; i < points.size(); i++) {
            Trajectory.Point p = points.get(i);
            double v = p.value();
            if (!Double.isFinite(v)) {
                continue;
            }
            double[] ci = p.interval();
            band.add(i + 1, v, ci == null ? v : ci[0], ci == null ? v : ci[1]);
            (switch (p.verdict()) {
                case "VALIDATED" -> validated;
                case "REFUTED" -> refuted;
                default -> inconclusive;
            }).add(i + 1, v);
            if (p.decidedOn()) {
                var t = p.entry().proof().verdict().threshold();
                String d = t.comparator() + " " + PythonFormat.str(t.value());
                if (threshold == null) {
                    threshold = d;
                    thresholdValue = t.value();
                } else if (!threshold.equals(d)) {
                    oneThreshold = false;
                }
            }
        }
        NumberAxis x = new NumberAxis("proof, in time order");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, Math.max(points.size(), 1) + 0.5);
        NumberAxis y = new NumberAxis(metric);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        XYSeriesCollection dots = new XYSeriesCollection();
        dots.addSeries(validated);
        dots.addSeries(refuted);
        dots.addSeries(inconclusive);
        XYLineAndShapeRenderer dotR = new XYLineAndShapeRenderer(false, true);
        Color[] colours = {VALIDATED, REFUTED, INCONCLUSIVE};
        for (int s = 0; s < 3; s++) {
            dotR.setSeriesPaint(s, colours[s]);
            dotR.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        plot.setDataset(0, dots);
        plot.setRenderer(0, dotR);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band);
        DeviationRenderer bandR = new DeviationRenderer(true, false);
        bandR.setSeriesPaint(0, Color.GRAY);
        bandR.setSeriesFillPaint(0, BAND);
        bandR.setAlpha(0.5f);
        plot.setDataset(1, bands);
        plot.setRenderer(1, bandR);
        if (threshold != null && oneThreshold && Double.isFinite(thresholdValue)) {
            ValueMarker m = new ValueMarker(thresholdValue, Color.DARK_GRAY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            m.setLabel("threshold " + threshold);
            m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            plot.addRangeMarker(m);
            y.setAutoRangeIncludesZero(false);
            if (y.getRange().getLowerBound() > thresholdValue || y.getRange().getUpperBound() < thresholdValue) {
                y.setAutoRange(false);
                double lo = Math.min(y.getRange().getLowerBound(), thresholdValue);
                double hi = Math.max(y.getRange().getUpperBound(), thresholdValue);
                double pad = (hi - lo) * 0.08 + 1e-12;
                y.setRange(lo - pad, hi + pad);
            }
        }
        style(plot);
        JFreeChart c = new JFreeChart(metric + " across " + points.size() + " proof(s)",
                new Font("SansSerif", Font.BOLD, 13), plot, true);
        c.setBackgroundPaint(Color.WHITE);
        c.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 11));
        return Svg.of(c, W, H, "traj");
    }

    /** A posterior after each proof: its mean as a line and its 95% interval as a band. */
    public static String posterior(String title, String yLabel, double[] mean, double[] lo, double[] hi, String id) {
        YIntervalSeries s = new YIntervalSeries("posterior mean, 95% interval");
        for (int i = 0; i < mean.length; i++) {
            s.add(i + 1, mean[i], lo[i], hi[i]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
        r.setSeriesFillPaint(0, BAND);
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setAlpha(0.5f);
        NumberAxis x = new NumberAxis("after proof n (time order)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, Math.max(mean.length, 1) + 0.5);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        style(plot);
        JFreeChart c = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 13), plot, true);
        c.setBackgroundPaint(Color.WHITE);
        return Svg.of(c, W, H, id);
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
    }
}
