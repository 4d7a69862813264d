package dev.ophamin.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A suite of Project Wycheproof vectors: each {@code valid} case must be accepted and each
 * {@code invalid} one refused; an {@code acceptable} case passes either way and its detail says
 * what happened. A subclass says what "accepted" means for its primitive.
 */
abstract class WycheproofSuite implements Suite {
    private final Path file;

    WycheproofSuite(Path file) {
        this.file = file;
    }

    @Override
    public String source() {
        return file.toString();
    }

    @Override
    public List<CaseResult> run() {
        List<CaseResult> out = new ArrayList<>();
        for (Wycheproof.Case c : Wycheproof.cases(file)) {
            try {
                boolean accepted = accepts(c);
                out.add(switch (c.result()) {
                    case "valid" -> accepted ? CaseResult.pass(c.name()) : CaseResult.fail(c.name(), "valid " + what() + " refused");
                    case "invalid" -> accepted ? CaseResult.fail(c.name(), "invalid " + what() + " accepted") : CaseResult.pass(c.name());
                    default -> new CaseResult(c.name(), true, "acceptable: " + (accepted ? "accepted" : "refused"));
                });
            } catch (RuntimeException e) {
                out.add(CaseResult.fail(c.name(), e.getMessage()));
            }
        }
        return out;
    }

    /** What a case's input is called in a failure ({@code signature}, {@code tag}). */
    abstract String what();

    /** Whether the primitive accepts the case's input. */
    abstract boolean accepts(Wycheproof.Case c);
}
