package dev.ophamin.pillar;

/**
 * One statistical pillar as the registry lists it.
 *
 * @param name kebab-case identifier, e.g. {@code welch-t}
 * @param method what it computes, in one sentence
 * @param parameters its inputs and settings
 * @param library where the arithmetic comes from
 * @param reference what its tests compare it with
 * @param entryPoint the Java type to call
 */
public record Pillar(String name, String method, String parameters, Library library, String reference,
        String entryPoint) {
    public Pillar {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("pillar name: not kebab-case: '" + name + "'");
        }
    }

    /** The library's version (Hipparchus's pinned version, or this engine's). */
    public String libraryVersion() {
        return library.version();
    }
}
