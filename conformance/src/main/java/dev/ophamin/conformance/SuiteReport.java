package dev.ophamin.conformance;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of one suite. */
public record SuiteReport(String suite, String source, int cases, int passed, List<CaseResult> failures,
                          int unsupported) {
    static SuiteReport of(Suite s, List<CaseResult> results) {
        List<CaseResult> failed = results.stream().filter(r -> !r.passed()).collect(Collectors.toList());
        int unsupported = (int) results.stream().filter(CaseResult::unsupported).count();
        return new SuiteReport(s.name(), s.source(), results.size(), results.size() - failed.size() - unsupported,
                List.copyOf(failed), unsupported);
    }

    public int failed() {
        return failures.size();
    }
}
