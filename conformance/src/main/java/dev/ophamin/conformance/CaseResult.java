package dev.ophamin.conformance;

/**
 * One case of a suite: its name, whether it behaved as expected, and what happened if not. A case
 * an implementation answered {@code unsupported} is neither passed nor failed.
 */
public record CaseResult(String name, boolean passed, String detail, boolean unsupported) {
    public CaseResult(String name, boolean passed, String detail) {
        this(name, passed, detail, false);
    }

    static CaseResult unsupported(String name) {
        return new CaseResult(name, true, "unsupported", true);
    }

    static CaseResult pass(String name) {
        return new CaseResult(name, true, "");
    }

    static CaseResult fail(String name, String detail) {
        return new CaseResult(name, false, detail);
    }
}
