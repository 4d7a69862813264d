package dev.ophamin.audit;

/**
 * An audit pillar: one static-analysis tool. Implementations are discovered with
 * {@link java.util.ServiceLoader} (from the engine and from {@code --plugin} jars) and need a
 * public no-argument constructor. A pillar only finds; the {@link AuditRunner} times it, bounds
 * it with the timeout, turns a thrown exception into an {@code error} run and an absent tool into
 * an {@code unavailable} one, so a pillar is never skipped without a word.
 */
public interface StaticAnalysisPillar {
    /** The pillar's name in records and on the command line: lower case, {@code [a-z0-9-]+}. */
    String name();

    /** The tool it runs ({@code pmd}). */
    String toolName();

    /** The tool's version as records write it ({@code pmd 7.27.0}); called only when available. */
    String toolVersion();

    /** Null when the tool can run here; otherwise why not and how to install it, in one line. */
    String unavailableReason();

    /** How the tool's own severities map onto the five buckets, in one line (for docs and listings). */
    String severityMap();

    /** Whether {@code ophamin audit} runs this pillar when no {@code --pillar} is given. */
    default boolean runsByDefault() {
        return true;
    }

    /** Whether the pillar reads a tool configuration file given with {@code --pillar-config}. */
    default boolean acceptsConfigFile() {
        return false;
    }

    /**
     * Runs the tool over {@code target}. Throw {@link PillarException} (or any exception) on
     * failure, with a message fit for one line; a long-running tool should stop soon after its
     * thread is interrupted (the runner interrupts it at the timeout).
     */
    PillarOutput run(AuditTarget target, PillarSettings settings) throws Exception;
}
