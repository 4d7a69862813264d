package dev.ophamin.pillar.spc;

/** A rule that fires at a point: {@code index} is the point that completes the pattern. */
public record Signal(Rule rule, int index) {
}
