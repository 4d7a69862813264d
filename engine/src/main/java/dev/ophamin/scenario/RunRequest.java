package dev.ophamin.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that shapes one scenario run, as given on the command line. Immutable; build with
 * {@link #builder(String)}. Only these settings (and the engine version) enter the config hash and
 * the reproduction command; where the bundle is written and which key signs it do not.
 */
public final class RunRequest {
    private final String scenario;
    private final long seed;
    private final Map<String, String> params;
    private final String substrate;
    private final String corpus;
    private final Path corpusDir;
    private final boolean reproducible;
    private final java.util.List<String> parentRuns;

    private RunRequest(Builder b) {
        this.parentRuns = java.util.List.copyOf(b.parentRuns);
        this.scenario = Objects.requireNonNull(b.scenario, "scenario");
        this.seed = b.seed;
        this.params = Map.copyOf(b.params);
        this.substrate = b.substrate;
        this.corpus = b.corpus;
        this.corpusDir = b.corpusDir;
        this.reproducible = b.reproducible;
        if (corpus != null && corpusDir != null) {
            throw new IllegalArgumentException("give --corpus or --corpus-dir, not both");
        }
    }

    public static Builder builder(String scenario) {
        Builder b = new Builder();
        b.scenario = scenario;
        return b;
    }

    public String scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    /** Parameter overrides as given (the runner spells out the rest from the defaults). */
    public Map<String, String> params() {
        return params;
    }

    /** The substrate spec, or null for the scenario's default. */
    public String substrate() {
        return substrate;
    }

    /** A catalog corpus name, or null. */
    public String corpus() {
        return corpus;
    }

    /** A corpus directory or file, or null. */
    public Path corpusDir() {
        return corpusDir;
    }

    /** The runs this one descends from, nearest first (for example the campaign's run id). */
    public java.util.List<String> parentRuns() {
        return parentRuns;
    }

    public boolean reproducible() {
        return reproducible;
    }

    /** Settings for a {@link RunRequest}. */
    public static final class Builder {
        private String scenario;
        private long seed;
        private final Map<String, String> params = new LinkedHashMap<>();
        private String substrate;
        private String corpus;
        private Path corpusDir;
        private boolean reproducible;
        private final java.util.List<String> parentRuns = new java.util.ArrayList<>();

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder param(String key, String value) {
            if (params.put(key, value) != null) {
                throw new IllegalArgumentException("parameter '" + key + "' given twice");
            }
            return this;
        }

        public Builder substrate(String spec) {
            this.substrate = spec;
            return this;
        }

        public Builder corpus(String name) {
            this.corpus = name;
            return this;
        }

        public Builder corpusDir(Path dir) {
            this.corpusDir = dir;
            return this;
        }

        /** A run this one descends from (nearest first). */
        public Builder parentRun(String runId) {
            parentRuns.add(java.util.Objects.requireNonNull(runId, "runId"));
            return this;
        }

        public Builder reproducible(boolean on) {
            this.reproducible = on;
            return this;
        }

        public RunRequest build() {
            return new RunRequest(this);
        }
    }
}
