package dev.ophamin.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ophamin verify [--json] [--key TEXT]... PATH...} without picocli. Loading picocli and
 * building even one command's model costs about 120 ms here, a third of a one-record run, so the
 * plain forms are read by hand and run by the same {@link VerifyRun} as the picocli command. Any
 * other option, a path starting with '-', or no path at all goes to picocli (which also owns
 * help and errors).
 */
final class QuickVerify {
    private QuickVerify() {
    }

    /** The exit code of the run, or null when {@code args} is not a plain verify (nothing ran). */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !args[0].equals("verify")) {
            return null;
        }
        boolean json = false;
        KeyOptions keys = new KeyOptions();
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--key") && i + 1 < args.length) {
                keys.texts.add(args[++i]);
            } else if (a.isEmpty() || a.startsWith("-")) {
                return null;
            } else {
                try {
                    paths.add(Path.of(a));
                } catch (InvalidPathException e) {
                    return null;
                }
            }
        }
        if (paths.isEmpty()) {
            return null;
        }
        try {
            VerifyRun.Settings s = new VerifyRun.Settings(keys.keys(), null, false, false, json,
                    Runtime.getRuntime().availableProcessors(), paths);
            return VerifyRun.run(s, out, err);
        } catch (RuntimeException e) {
            return Main.failure("ophamin", e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
