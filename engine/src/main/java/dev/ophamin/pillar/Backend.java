package dev.ophamin.pillar;

/** One implementation of a statistic, named by the library it comes from. */
public interface Backend {
    /** The library behind this implementation. */
    Library source();

    /** A short label that tells two implementations from the same library apart. */
    default String label() {
        return source().id();
    }

    default String library() {
        return source().id();
    }

    default String version() {
        return source().version();
    }
}
