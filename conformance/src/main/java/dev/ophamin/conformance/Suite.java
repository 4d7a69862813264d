package dev.ophamin.conformance;

import java.util.List;

/** A set of cases with known expected outcomes, found in a corpus directory. */
public interface Suite {
    /** Short name for the table, e.g. {@code jsontestsuite}. */
    String name();

    /** Where the suite's data lives. */
    String source();

    /** Runs every case. I/O problems become failed cases, never exceptions. */
    List<CaseResult> run();
}
