package dev.ophamin.service;

/**
 * A request the service cannot carry out, with what kind of failure it is: each transport turns
 * the kind into its own answer (an exit code, an HTTP status, an MCP tool error).
 */
public final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the caller is concerned. */
    public enum Kind {
        /** The request itself is wrong: a bad value, unreadable input, a path outside the root. */
        BAD_REQUEST,
        /** What the request names does not exist. */
        NOT_FOUND,
        /** The request would overwrite something that exists. */
        CONFLICT,
        /** The work was started and failed (a scenario's run, a substrate). */
        FAILED
    }

    private final Kind kind;
    private final String code;

    /** A failure with a short machine-readable code (for example the reader's violation code). */
    public ServiceException(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public ServiceException(Kind kind, String message) {
        this(kind, kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), message);
    }

    public Kind kind() {
        return kind;
    }

    /** A short code: {@code bad-request}, {@code not-found}, or a more precise one such as {@code duplicate-key}. */
    public String code() {
        return code;
    }
}
