package dev.ophamin.spark;

/** A job failure with the exit code it ends with: 1 a check failed, 2 bad usage or unreadable input. */
final class JobException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    JobException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static JobException usage(String message) {
        return new JobException(2, message);
    }

    int exitCode() {
        return exitCode;
    }
}
