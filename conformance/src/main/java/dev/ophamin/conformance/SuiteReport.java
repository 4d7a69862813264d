package dev.ophamin.conformance;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of one suite. */
public record SuiteReport(String suite, String source, int cases, int passed, List<CaseResult> failures) {
    static SuiteReport of(Suite s, List<CaseResult> results) {
        List<CaseResult> failed = results.stream().filter(r -> !r.passed()).collect(Collectors.toList());
        return new SuiteReport(s.name(), s.source(), results.size(), results.size() - failed.size(), List.copyOf(failed));
    }

    public int failed() {
        return failures.size();
    }
}
