package dev.ophamin.render;

import dev.ophamin.Internal;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** A JFreeChart drawn into an SVG element (JFreeSVG), with ids that are the same on every run. */
@Internal
public final class Svg {
    static {
        // figures are drawn off-screen; no display is needed or wanted
        System.setProperty("java.awt.headless", "true");
        // rotated labels (the vertical axis's) as real <text>, not glyph outlines: searchable and accessible
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Svg() {
    }

    /**
     * The chart as an {@code <svg>} element of {@code width} x {@code height} px. {@code idPrefix}
     * keeps the element ids of several figures in one page apart, and the bytes reproducible.
     *
     * @param chart the chart
     * @param width width in px
     * @param height height in px
     * @param idPrefix prefix of every element id
     * @return the {@code <svg>} element's text
     */
    public static String of(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(idPrefix);
    }
}
