package dev.ophamin.audit;

import dev.ophamin.model.Threshold;
import dev.ophamin.record.Comparator;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.AuditSummary;
import java.util.List;

/**
 * A pre-registered gate on an audit statistic, {@code METRIC OP VALUE}: the metric is
 * {@code total_findings}, a severity bucket ({@code critical} ... {@code info}),
 * {@code pillar:NAME} (that pillar's findings) or {@code pillars_errored}; OP is one of
 * {@code <= < >= > ==}.
 */
public record AuditGate(String metric, String comparator, double value) {
    /** The spelled-out metrics (besides {@code pillar:NAME}). */
    public static final List<String> METRICS = List.of("total_findings", "critical", "high", "medium", "low", "info",
            "pillars_errored");

    public AuditGate {
        if (!METRICS.contains(metric) && !(metric.startsWith("pillar:") && metric.length() > "pillar:".length())) {
            throw new IllegalArgumentException("gate metric '" + metric + "' is not one of " + String.join(", ", METRICS)
                    + ", pillar:NAME");
        }
        if (!Comparator.ALL.contains(comparator)) {
            throw new IllegalArgumentException("gate comparator '" + comparator + "' is not one of <= < >= > ==");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("gate value must be a finite number");
        }
    }

    /** Parses {@code 'high <= 0'} (blanks around the operator optional). */
    public static AuditGate parse(String text) {
        String t = text.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("([A-Za-z_][A-Za-z0-9_:.-]*)\\s*(<=|>=|==|<|>)\\s*(\\S+)").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("gate '" + text + "': expected METRIC OP VALUE, for example 'high <= 0'");
        }
        double v;
        try {
            v = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("gate '" + text + "': '" + m.group(3) + "' is not a number");
        }
        return new AuditGate(m.group(1), m.group(2), v);
    }

    public Threshold threshold() {
        return Threshold.of(metric, comparator, value);
    }

    /** {@code high <= 0}, the value as Python's {@code str(float)}. */
    public String describe() {
        return threshold().describe();
    }

    /** The metric's value in an audit's summary (a count; 0 for a pillar or bucket it does not name). */
    public double observe(AuditSummary s) {
        if (metric.equals("total_findings")) {
            return s.totalFindings();
        }
        if (metric.equals("pillars_errored")) {
            return s.pillarsErrored().size();
        }
        JsonObject counts = metric.startsWith("pillar:") ? s.findingsPerPillar() : s.severityHistogram();
        String key = metric.startsWith("pillar:") ? metric.substring("pillar:".length()) : metric;
        return counts.get(key) instanceof JsonInt n ? n.longValue() : 0;
    }
}
