package dev.ophamin.pillar.meta;

/**
 * The meta-analysis of the first {@code studies} studies: fixed (inverse-variance) and
 * DerSimonian-Laird random-effects pools, Cochran's Q, tau^2 and I^2 (both truncated at 0).
 */
public record MetaStep(int studies, Pooled fixed, Pooled random, double tau2, double q, double i2) {
}
