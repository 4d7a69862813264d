package dev.ophamin.pillar.meta;

/** A pooled effect with its standard error and 95% normal confidence interval. */
public record Pooled(double estimate, double standardError, double ciLow, double ciHigh) {
}
