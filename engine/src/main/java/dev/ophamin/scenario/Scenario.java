package dev.ophamin.scenario;

import dev.ophamin.model.Claim;
import dev.ophamin.model.Dataset;
import java.util.List;

/**
 * A pre-registered, falsifiable experiment: it binds data (a corpus, or synthetic data generated
 * from the seed), optionally a substrate under test, and a claim with a threshold; it runs, scores
 * and reports an observed value and its evidence. The engine seals the pre-registration, decides
 * the verdict and signs the proof.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.ophamin.scenario.Scenario}); they need a public no-argument
 * constructor. Registration fails loudly on a duplicate name or missing metadata.
 */
public interface Scenario {
    /** Name, tier, family, goal, explanation. */
    ScenarioInfo info();

    /** The parameters this scenario takes, with defaults; every one is spelled out in the reproduction command. */
    default List<Param> params() {
        return List.of();
    }

    /** The claim, fixed before the first cycle. */
    Claim claim(Params params);

    /** How the observed value will be computed, fixed before the first cycle. */
    String analysisPlan(Params params);

    /**
     * The corpus this scenario reads by default (a catalog name), or null when it generates its
     * data from the seed. A scenario with a corpus can be pointed at another with --corpus or
     * --corpus-dir.
     */
    default String defaultCorpus() {
        return null;
    }

    /** True when the scenario drives a substrate under test (default substrate: {@code mock}). */
    default boolean usesSubstrate() {
        return false;
    }

    /**
     * For scenarios without a corpus: the dataset they will generate, described before the run
     * (its content hash must be derived from the seed and parameters, so it is known in advance).
     */
    default Dataset syntheticDataset(Params params, long seed) {
        throw new UnsupportedOperationException(info().name() + " declares neither a corpus nor a synthetic dataset");
    }

    /** Runs the experiment. Throwing means the run failed (no proof is written). */
    ScenarioResult execute(RunContext context) throws Exception;
}
