package dev.ophamin.substrate;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A system under test: it can be reset, run for one cycle on a stimulus with swept parameters, and
 * asked for its version anchor. Implementations must not degrade silently: a cycle that cannot run
 * returns {@link CycleResult#failed(String)} with the error — never a plausible-looking value.
 */
public interface Substrate extends AutoCloseable {
    /** Short name, e.g. {@code mock} or the external program's own name. */
    String name();

    /** The exact revision under test (a git commit or equivalent); "" only when it truly has none. */
    String versionAnchor();

    /**
     * The directory holding the substrate's source code, which {@code run-all}'s auditing phase
     * audits; null when the substrate declares none.
     */
    default java.nio.file.Path sourceDir() {
        return null;
    }

    /** Returns the substrate to its initial state. */
    void reset();

    /** Runs exactly one cycle. */
    CycleResult cycle(CorpusRecord stimulus, JsonObject params);

    /** Runs cycles in order; substrates that can batch more cheaply override this. */
    default List<CycleResult> batch(List<CorpusRecord> stimuli, JsonObject params) {
        List<CycleResult> out = new ArrayList<>(stimuli.size());
        for (CorpusRecord s : stimuli) {
            out.add(cycle(s, params));
        }
        return out;
    }

    /** A snapshot of internal state for the evidence, or EMPTY when the substrate offers none. */
    default JsonObject snapshot() {
        return JsonObject.EMPTY;
    }

    @Override
    default void close() {
    }
}
