package dev.ophamin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.model.Evidence;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.Verdict;
import dev.ophamin.testing.SampleRecords;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The threshold figure is well-formed SVG with its axis, data and labels, and shows only its own interval. */
class ThresholdFigureTest {
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d) {
        NodeList n = d.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add(n.item(i).getTextContent());
        }
        return out;
    }

    /** The sample proof with evidence on the threshold's metric and the interval [lo, hi]. */
    static ProofRecord withInterval(double value, double lo, double hi) {
        ProofRecord base = SampleRecords.proof(value, "<=", 0.05);
        Evidence e = Evidence.builder().pillar("I.welch").statistic("welch_t_abs_diff", value).library("scipy", "1")
                .ci(lo, hi).build();
        return base.toBuilder().evidence(List.of(e)).verdict(Verdict.decide(value, base.verdict().threshold())).build();
    }

    @Test
    void aWellFormedFigureWithAxisDataAndLabels() throws Exception {
        String svg = ThresholdFigure.svg(withInterval(0.03, 0.01, 0.045));
        Document d = parse(svg);
        assertEquals("svg", d.getDocumentElement().getLocalName());
        List<String> t = texts(d);
        assertTrue(t.contains("welch_t_abs_diff (units \u2014 \u00b5s)"), "axis label: " + t);
        assertTrue(t.contains("threshold <= 0.05"), t.toString());
        assertTrue(t.contains("observed 0.03"), t.toString());
        assertTrue(t.contains("CI [0.01, 0.045]"), t.toString());
        assertTrue(t.stream().filter(s -> s.matches("-?[0-9.]+")).count() >= 3, "tick labels: " + t);
        assertTrue(d.getElementsByTagNameNS("*", "ellipse").getLength()
                + d.getElementsByTagNameNS("*", "circle").getLength()
                + svg.split("<path", -1).length > 1, "the observed dot is drawn");
        assertEquals(svg, ThresholdFigure.svg(withInterval(0.03, 0.01, 0.045)), "the same proof draws the same bytes");
    }

    @Test
    void anIntervalOfAnotherQuantityIsNotShown() throws Exception {
        // the interval does not hold the plotted value: it belongs to something else
        List<String> t = texts(parse(ThresholdFigure.svg(withInterval(0.0008, 0.27, 0.39))));
        assertFalse(t.stream().anyMatch(s -> s.startsWith("CI [")), t.toString());
        assertTrue(t.contains("observed 0.0008"), t.toString());
    }

    @Test
    void labelsStayInsideTheFigure() throws Exception {
        // the case the old figure cut off: a tiny threshold at the right edge
        ProofRecord p = SampleRecords.proof(7.99361e-15, "<=", 1e-9);
        String svg = ThresholdFigure.svg(p);
        // each marker label is drawn over its box: the box must lie within the figure
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<rect x='([-0-9.]+)' y='[-0-9.]+' width='([0-9.]+)'[^>]*/><g><text[^>]*>threshold").matcher(svg);
        assertTrue(m.find(), "the threshold label and its box");
        double x = Double.parseDouble(m.group(1));
        double w = Double.parseDouble(m.group(2));
        assertTrue(x >= 0 && x + w <= ThresholdFigure.W, "threshold label spans " + x + " to " + (x + w));
        assertTrue(texts(parse(svg)).contains("threshold <= 1e-09"));
    }
}
