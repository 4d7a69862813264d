package dev.ophamin.service;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A metric reader that is read on demand and answers the Prometheus text exposition format
 * (version 0.0.4): what {@code GET /metrics} serves. Counters keep their {@code _total} names;
 * histograms give {@code _bucket} (cumulative, with {@code le}), {@code _sum} and {@code _count}.
 */
public final class PrometheusText implements MetricReader {
    private volatile CollectionRegistration registration = CollectionRegistration.noop();

    @Override
    public void register(CollectionRegistration r) {
        this.registration = r;
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType type) {
        return AggregationTemporality.CUMULATIVE;
    }

    @Override
    public CompletableResultCode forceFlush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** Every metric now, in the text format, sorted by name. */
    public String scrape() {
        List<MetricData> metrics = new ArrayList<>(registration.collectAllMetrics());
        metrics.sort(Comparator.comparing(MetricData::getName));
        StringBuilder out = new StringBuilder();
        for (MetricData m : metrics) {
            String name = sanitize(m.getName());
            if (!m.getDescription().isEmpty()) {
                out.append("# HELP ").append(name).append(' ').append(m.getDescription().replace("\\", "\\\\")
                        .replace("\n", "\\n")).append('\n');
            }
            switch (m.getType()) {
                case LONG_SUM -> {
                    out.append("# TYPE ").append(name).append(m.getLongSumData().isMonotonic() ? " counter\n" : " gauge\n");
                    for (LongPointData p : m.getLongSumData().getPoints()) {
                        sample(out, name, p.getAttributes(), null, Long.toString(p.getValue()));
                    }
                }
                case DOUBLE_SUM -> {
                    out.append("# TYPE ").append(name).append(m.getDoubleSumData().isMonotonic() ? " counter\n" : " gauge\n");
                    for (DoublePointData p : m.getDoubleSumData().getPoints()) {
                        sample(out, name, p.getAttributes(), null, number(p.getValue()));
                    }
                }
                case LONG_GAUGE -> {
                    out.append("# TYPE ").append(name).append(" gauge\n");
                    for (LongPointData p : m.getLongGaugeData().getPoints()) {
                        sample(out, name, p.getAttributes(), null, Long.toString(p.getValue()));
                    }
                }
                case DOUBLE_GAUGE -> {
                    out.append("# TYPE ").append(name).append(" gauge\n");
                    for (DoublePointData p : m.getDoubleGaugeData().getPoints()) {
                        sample(out, name, p.getAttributes(), null, number(p.getValue()));
                    }
                }
                case HISTOGRAM -> {
                    out.append("# TYPE ").append(name).append(" histogram\n");
                    for (HistogramPointData p : m.getHistogramData().getPoints()) {
                        long cumulative = 0;
                        List<Double> bounds = p.getBoundaries();
                        for (int i = 0; i < bounds.size(); i++) {
                            cumulative += p.getCounts().get(i);
                            sample(out, name + "_bucket", p.getAttributes(), number(bounds.get(i)), Long.toString(cumulative));
                        }
                        sample(out, name + "_bucket", p.getAttributes(), "+Inf", Long.toString(p.getCount()));
                        sample(out, name + "_sum", p.getAttributes(), null, number(p.getSum()));
                        sample(out, name + "_count", p.getAttributes(), null, Long.toString(p.getCount()));
                    }
                }
                default -> {
                    // exponential histograms and summaries are not recorded by this project
                }
            }
        }
        return out.toString();
    }

    private static void sample(StringBuilder out, String name, Attributes attrs, String le, String value) {
        out.append(name);
        List<String> labels = new ArrayList<>();
        attrs.forEach((AttributeKey<?> k, Object v) -> labels.add(sanitize(k.getKey()) + "=\"" + escape(String.valueOf(v)) + "\""));
        labels.sort(null);
        if (le != null) {
            labels.add("le=\"" + le + "\"");
        }
        if (!labels.isEmpty()) {
            out.append('{').append(String.join(",", labels)).append('}');
        }
        out.append(' ').append(value).append('\n');
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    private static String sanitize(String name) {
        return name.replaceAll("[^a-zA-Z0-9_:]", "_");
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
