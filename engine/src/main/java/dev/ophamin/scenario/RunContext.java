package dev.ophamin.scenario;

import dev.ophamin.corpus.Corpus;
import dev.ophamin.substrate.Substrate;
import java.util.SplittableRandom;

/** What a running scenario may use: its seed and parameters, its data, its substrate, progress. */
public final class RunContext {
    private final long seed;
    private final Params params;
    private final Corpus corpus;
    private final Substrate substrate;
    private final Progress progress;
    private final boolean reproducible;
    private final EngineInfo engine;

    public RunContext(long seed, Params params, Corpus corpus, Substrate substrate, Progress progress,
                      boolean reproducible, EngineInfo engine) {
        this.seed = seed;
        this.params = params;
        this.corpus = corpus;
        this.substrate = substrate;
        this.progress = progress;
        this.reproducible = reproducible;
        this.engine = engine;
    }

    /** True when the run has fixed timestamps (--reproducible or SOURCE_DATE_EPOCH). */
    public boolean reproducible() {
        return reproducible;
    }

    /** The engine running this scenario (for scenarios that run others). */
    public EngineInfo engine() {
        return engine;
    }

    public long seed() {
        return seed;
    }

    public Params params() {
        return params;
    }

    /** A fresh random stream from the seed (every call starts the same stream). */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    /** The corpus, or IllegalStateException for scenarios that declared none. */
    public Corpus corpus() {
        if (corpus == null) {
            throw new IllegalStateException("this scenario declared no corpus");
        }
        return corpus;
    }

    /** The substrate under test, or IllegalStateException for scenarios that use none. */
    public Substrate substrate() {
        if (substrate == null) {
            throw new IllegalStateException("this scenario declared no substrate");
        }
        return substrate;
    }

    public Progress progress() {
        return progress;
    }
}
