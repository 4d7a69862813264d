package dev.ophamin.pillar.sequential;

/** Where a sequential test stands. */
public enum Decision {
    /** Evidence crossed the upper boundary: accept H1 (reject H0). */
    ACCEPT_H1,
    /** Evidence crossed the lower boundary: accept H0. */
    ACCEPT_H0,
    /** Neither boundary crossed yet: keep sampling. */
    CONTINUE
}
