package dev.ophamin.substrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a substrate spec from the command line:
 * {@code mock}, {@code mock:seed=7,collapse=0.3}, {@code process:CMD} (one process per cycle) or
 * {@code process-batch:CMD} (one process until reset). CMD is split into arguments like a shell would,
 * honouring single and double quotes. Every substrate comes instrumented.
 */
public final class Substrates {
    /** The substrates this engine knows, for {@code ophamin substrate list}. */
    public static final List<String[]> KINDS = List.of(
            new String[] {"mock", "deterministic model (docs/mock-substrate.md); options seed=N, collapse=0..1"},
            new String[] {"process:CMD", "an external program over spec/SUBSTRATE_PROTOCOL.md, one process per cycle"},
            new String[] {"process-batch:CMD", "the same, one process kept until the substrate is reset"});

    private Substrates() {
    }

    /** The substrate for {@code spec}; {@code seed} is the run's seed unless the spec sets one. */
    public static Substrate open(String spec, long seed, Duration timeout) {
        Substrate s;
        if (spec.equals("mock") || spec.startsWith("mock:")) {
            long sd = seed;
            double collapse = 0;
            if (spec.startsWith("mock:")) {
                for (String kv : spec.substring(5).split(",")) {
                    String[] p = kv.split("=", 2);
                    try {
                        if (p[0].equals("seed") && p.length == 2) {
                            sd = Long.parseLong(p[1]);
                        } else if (p[0].equals("collapse") && p.length == 2) {
                            collapse = Double.parseDouble(p[1]);
                        } else {
                            throw new IllegalArgumentException("unknown mock option '" + kv + "' (seed=N, collapse=0..1)");
                        }
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("mock option '" + kv + "' is not a number");
                    }
                }
            }
            s = new MockSubstrate(sd, collapse);
        } else if (spec.startsWith("process:")) {
            s = new ProcessSubstrate(split(spec.substring(8)), ProcessSubstrate.Mode.PER_CYCLE, timeout);
        } else if (spec.startsWith("process-batch:")) {
            s = new ProcessSubstrate(split(spec.substring(14)), ProcessSubstrate.Mode.PER_BATCH, timeout);
        } else {
            throw new IllegalArgumentException("unknown substrate '" + spec + "' (mock, mock:OPTIONS, process:CMD, process-batch:CMD)");
        }
        return new InstrumentedSubstrate(s);
    }

    /** Splits a command line into arguments: whitespace separates, quotes group, backslash escapes. */
    static List<String> split(String cmd) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean in = false;
        char quote = 0;
        for (int i = 0; i < cmd.length(); i++) {
            char c = cmd.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < cmd.length()) {
                    cur.append(cmd.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                in = true;
            } else if (c == '\\' && i + 1 < cmd.length()) {
                cur.append(cmd.charAt(++i));
                in = true;
            } else if (Character.isWhitespace(c)) {
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
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote in substrate command: " + cmd);
        }
        if (in) {
            out.add(cur.toString());
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("process substrate needs a command, e.g. process:'python3 my_substrate.py'");
        }
        return out;
    }
}
