package dev.ophamin.cli;

import java.io.PrintWriter;

/**
 * The jar's entry point. It names no picocli type, so the JVM loads none just to find
 * {@code main} (looking up {@link Main}'s methods would load picocli's {@code CommandLine}):
 * a plain {@code verify} then runs without picocli at all ({@link QuickVerify}).
 */
public final class Launch {
    private Launch() {
    }

    public static void main(String[] args) {
        Integer quick = QuickVerify.run(args, new PrintWriter(System.out), new PrintWriter(System.err));
        System.exit(quick != null ? quick : Main.run(args));
    }
}
