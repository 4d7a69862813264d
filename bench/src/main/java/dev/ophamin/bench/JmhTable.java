package dev.ophamin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the Markdown tables of BENCHMARKS.md: for CanonicalBench, one
 * table per input kind with MB/s (actual document bytes over the time per op), the time per op and
 * JMH's 99.9% error; every other benchmark as time per op with its error.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.ophamin.bench.JmhTable RESULT.json}
 */
public final class JmhTable {
    private JmhTable() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: JmhTable RESULT.json");
            System.exit(2);
        }
        JsonNode results;
        try {
            results = new ObjectMapper().readTree(new File(args[0]));
        } catch (java.io.IOException e) {
            System.err.println("JmhTable: " + args[0] + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
            System.exit(2);
            return;
        }
        // kind -> benchmark -> size -> cell
        Map<String, Map<String, Map<String, String>>> canonical = new LinkedHashMap<>();
        List<String> sizes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode m = r.get("primaryMetric");
            double us = m.get("score").asDouble();
            double err = m.get("scoreError").asDouble();
            JsonNode params = r.get("params");
            if (params != null && params.has("kind") && params.has("size")) {
                String kind = params.get("kind").asText();
                String size = params.get("size").asText();
                if (!sizes.contains(size)) {
                    sizes.add(size);
                }
                int bytes = Inputs.document(kind, Integer.parseInt(size)).length;
                double mbs = bytes / 1e6 / (us / 1e6);
                canonical.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                        .computeIfAbsent(shortName.substring(shortName.indexOf('.') + 1), k -> new LinkedHashMap<>())
                        .put(size, String.format(Locale.ROOT, "%.0f (%.0f ± %.0f µs)", mbs, us, err));
            } else {
                others.add(String.format(Locale.ROOT, "| %s | %.0f | %.0f |", shortName, us, err));
            }
        }
        sizes.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        for (Map.Entry<String, Map<String, Map<String, String>>> k : canonical.entrySet()) {
            System.out.println("**" + k.getKey() + "** (MB/s, then µs per op ± the 99.9% error)");
            System.out.println();
            StringBuilder head = new StringBuilder("| benchmark |");
            StringBuilder rule = new StringBuilder("|---|");
            for (String s : sizes) {
                head.append(' ').append(label(Integer.parseInt(s))).append(" |");
                rule.append("---|");
            }
            System.out.println(head);
            System.out.println(rule);
            for (Map.Entry<String, Map<String, String>> b : k.getValue().entrySet()) {
                StringBuilder row = new StringBuilder("| " + b.getKey() + " |");
                for (String s : sizes) {
                    row.append(' ').append(b.getValue().getOrDefault(s, "")).append(" |");
                }
                System.out.println(row);
            }
            System.out.println();
        }
        if (!others.isEmpty()) {
            System.out.println("| benchmark | µs/op | ± |");
            System.out.println("|---|---|---|");
            others.forEach(System.out::println);
        }
    }

    private static String label(int size) {
        return size >= 1 << 20 ? (size >> 20) + " MB" : (size >> 10) + " KB";
    }
}
