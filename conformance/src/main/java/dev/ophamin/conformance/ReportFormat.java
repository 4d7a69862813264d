package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Renders suite reports as a text table or as JSON. */
public final class ReportFormat {
    private ReportFormat() {
    }

    public static boolean allPassed(List<SuiteReport> reports) {
        return reports.stream().allMatch(r -> r.failed() == 0);
    }

    /** The table (suite, cases, passed, failed, source), then one line per failure. */
    public static String table(List<SuiteReport> reports) {
        StringBuilder sb = new StringBuilder(String.format("%-32s %8s %8s %8s %11s  %s%n", "suite", "cases", "passed",
                "failed", "unsupported", "source"));
        int cases = 0;
        int passed = 0;
        int failed = 0;
        int unsupported = 0;
        for (SuiteReport r : reports) {
            sb.append(String.format("%-32s %8d %8d %8d %11d  %s%n", r.suite(), r.cases(), r.passed(), r.failed(),
                    r.unsupported(), r.source()));
            cases += r.cases();
            passed += r.passed();
            failed += r.failed();
            unsupported += r.unsupported();
        }
        sb.append(String.format("%-32s %8d %8d %8d %11d%n", "total", cases, passed, failed, unsupported));
        for (SuiteReport r : reports) {
            for (CaseResult c : r.failures()) {
                sb.append("FAIL ").append(r.suite()).append(' ').append(c.name()).append(": ").append(c.detail()).append('\n');
            }
        }
        return sb.toString();
    }

    /** {"ok": bool, "suites": [{suite, source, cases, passed, failed, failures: [{case, detail}]}]}. */
    public static String json(List<SuiteReport> reports) {
        List<JsonValue> suites = new ArrayList<>();
        for (SuiteReport r : reports) {
            List<JsonValue> failures = new ArrayList<>();
            r.failures().forEach(c -> failures.add(JsonObject.builder().put("case", c.name()).put("detail", c.detail()).build()));
            suites.add(JsonObject.builder().put("suite", r.suite()).put("source", r.source()).put("cases", r.cases())
                    .put("passed", r.passed()).put("failed", r.failed()).put("unsupported", r.unsupported()).put("failures", new JsonArray(failures)).build());
        }
        JsonObject doc = JsonObject.builder().put("ok", allPassed(reports)).put("suites", new JsonArray(suites)).build();
        return new String(PythonJsonWriter.toBytes(doc, PythonJsonWriter.Layout.INDENT2), StandardCharsets.UTF_8);
    }
}
