package dev.ophamin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Benchmark inputs, deterministic from a fixed seed: a JSON array grown to at least {@code size}
 * bytes, of one kind — {@code records} (the shipped proofs, read from ../shared at run time),
 * {@code floats} (normal doubles; no subnormals, which hang one comparator), {@code nested}
 * (deep objects and arrays) or {@code unicode} (much non-ASCII text).
 */
public final class Inputs {
    private Inputs() {
    }

    /** The directory of the shipped corpus: system property ophamin.shared, env OPHAMIN_SHARED, or ../shared. */
    public static Path shared() {
        String p = System.getProperty("ophamin.shared", System.getenv().getOrDefault("OPHAMIN_SHARED", "../shared"));
        return Path.of(p);
    }

    /** Every shipped proof file's bytes (the MANIFEST rows of kind proof). */
    public static List<byte[]> shippedProofs() {
        Path corpus = shared().resolve("corpus").resolve("ophamin");
        try {
            List<byte[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"))) {
                String[] f = line.split("\t");
                if (f.length > 1 && f[1].equals("proof")) {
                    out.add(Files.readAllBytes(corpus.resolve(f[0])));
                }
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no shipped proof under " + corpus);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped corpus at " + corpus + " (set -Dophamin.shared)", e);
        }
    }

    public static byte[] document(String kind, int size) {
        SplittableRandom rnd = new SplittableRandom(20261122L);
        StringBuilder sb = new StringBuilder(size + 4096).append('[');
        List<byte[]> records = kind.equals("records") ? shippedProofs() : null;
        int i = 0;
        while (sb.length() < size) {
            if (i > 0) {
                sb.append(',');
            }
            switch (kind) {
                case "records":
                    sb.append(new String(records.get(i % records.size()), StandardCharsets.UTF_8));
                    break;
                case "floats":
                    sb.append(floats(rnd));
                    break;
                case "nested":
                    sb.append(nested(rnd, 40));
                    break;
                case "unicode":
                    sb.append(unicode(rnd));
                    break;
                default:
                    throw new IllegalArgumentException("unknown input kind " + kind);
            }
            i++;
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String floats(SplittableRandom rnd) {
        return Stream.generate(() -> {
            double d = rnd.nextDouble(-1, 1) * Math.pow(10, rnd.nextInt(-12, 13));
            return Double.toString(d);
        }).limit(16).collect(Collectors.joining(",", "{\"xs\":[", "]}"));
    }

    private static String nested(SplittableRandom rnd, int depth) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            sb.append(d % 2 == 0 ? "{\"k" + rnd.nextInt(100) + "\":" : "[" + rnd.nextInt(1000) + ",");
        }
        sb.append("true");
        for (int d = depth - 1; d >= 0; d--) {
            sb.append(d % 2 == 0 ? "}" : "]");
        }
        return sb.toString();
    }

    private static final String[] WORDS = {"débat", "ĉapelo", "наука", "σύνθεση", "数据", "検証", "😀 proof", "مرحبا", "naïve",
        "Straße", "ℵ₀", "𝔊"};

    private static String unicode(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder("{");
        for (int k = 0; k < 6; k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append('"').append(WORDS[rnd.nextInt(WORDS.length)]).append(k).append("\":\"");
            for (int w = 0; w < 8; w++) {
                sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    /** Doubles for the float-formatting benchmark: random bit patterns of finite, non-subnormal values. */
    public static double[] doubles(int n) {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] out = new double[n];
        for (int i = 0; i < n; ) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isFinite(d) && Math.abs(d) >= Double.MIN_NORMAL) {
                out[i++] = d;
            }
        }
        return out;
    }
}
