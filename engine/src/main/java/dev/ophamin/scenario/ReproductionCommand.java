package dev.ophamin.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact {@code ./ophamin scenario run ...} invocation that reproduces a run, every parameter
 * spelled out, quoted for a POSIX shell. Pasted into a shell in a checkout it runs as is.
 */
public final class ReproductionCommand {
    private ReproductionCommand() {
    }

    public static String of(String scenario, long seed, Map<String, String> params, String substrate, String corpus,
                            String corpusDir, boolean reproducible) {
        List<String> a = new ArrayList<>(List.of("./ophamin", "scenario", "run", scenario, "--seed", Long.toString(seed)));
        params.forEach((k, v) -> {
            a.add("--param");
            a.add(k + "=" + v);
        });
        if (substrate != null) {
            a.add("--substrate");
            a.add(substrate);
        }
        if (corpus != null) {
            a.add("--corpus");
            a.add(corpus);
        }
        if (corpusDir != null) {
            a.add("--corpus-dir");
            a.add(corpusDir);
        }
        if (reproducible) {
            a.add("--reproducible");
        }
        return join(a);
    }

    /** Words joined by spaces, each quoted for a POSIX shell when it needs it. */
    public static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String s : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(s));
        }
        return sb.toString();
    }

    /** A word as a POSIX shell reads it back: bare when safe, else single-quoted. */
    public static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./=:,+@%-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }

    /**
     * Splits a command written by {@link #of} back into words (for tests and for re-running a
     * proof's command in-process). Understands bare words and single-quoted words.
     */
    public static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean in = false;
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                in = true;
            } else if (c == '"' && i + 2 < command.length() && command.charAt(i + 1) == '\'' && command.charAt(i + 2) == '"') {
                cur.append('\'');
                i += 2;
            } else if (c == ' ') {
                if (in) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    in = false;
                }
            } else {
                cur.append(c);
                in = true;
            }
        }
        if (in) {
            out.add(cur.toString());
        }
        return out;
    }
}
