package dev.ophamin.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The detectors by name, built from {@code NAME[:k=v,...]}. */
public final class Detectors {
    /** The detector names, in the order {@code drift-detect} runs them by default. */
    public static final List<String> NAMES = List.of("adwin", "page_hinkley", "cusum", "kswin");

    private Detectors() {
    }

    /**
     * A fresh detector from {@code spec}: a name ({@code page-hinkley} and {@code page_hinkley}
     * alike) and optional {@code :k=v,k=v} parameters. {@code seed} is KSWIN's default seed.
     * IllegalArgumentException naming the problem otherwise.
     */
    public static StreamDetector create(String spec, long seed) {
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT)
                .replace('-', '_');
        Map<String, String> given = new LinkedHashMap<>();
        if (colon >= 0 && colon < spec.length() - 1) {
            for (String kv : spec.substring(colon + 1).split(",")) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("detector '" + spec + "': parameters are k=v, separated by commas");
                }
                given.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
            }
        }
        Params p = new Params(name, given);
        return switch (name) {
            case "adwin" -> new AdwinDetector(p);
            case "page_hinkley" -> new PageHinkleyDetector(p);
            case "cusum" -> new CusumDetector(p);
            case "kswin" -> new KswinDetector(p, seed);
            default -> throw new IllegalArgumentException("unknown detector '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        };
    }
}
