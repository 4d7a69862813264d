package dev.ophamin.conformance;

/** One case of a suite: its name, whether it behaved as expected, and what happened if not. */
public record CaseResult(String name, boolean passed, String detail) {
    static CaseResult pass(String name) {
        return new CaseResult(name, true, "");
    }

    static CaseResult fail(String name, String detail) {
        return new CaseResult(name, false, detail);
    }
}
