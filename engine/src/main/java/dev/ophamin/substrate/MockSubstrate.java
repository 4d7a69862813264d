package dev.ophamin.substrate;

import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.corpus.CorpusRecord;
import java.util.SplittableRandom;

/**
 * A deterministic, seedable stand-in for a real substrate; docs/mock-substrate.md gives its model.
 * State: accumulated load A, energy E. Per cycle, with injection rate r and stimulus length L:
 * <pre>
 *   A += r (1 + L/1000)                         load accumulates with what is injected
 *   E  = clamp(E - 0.002 r (1 + L/500) + 0.003)  energy depletes with work, recovers slowly
 *   phi = 0.5 + 0.3 tanh(A/200) - 0.2 (1 - E) + N(0, 0.02)
 *   if collapse &gt; 0 and E &lt; collapse: phi = 0.05 + N(0, 0.01), collapsed = 1
 *   threat = sigmoid(4 (s - 0.5)) where s counts attack markers in the text; blocked = threat + N(0, 0.15) &gt; 0.5
 *   latency_ms = 2 + 0.01 L + 5 (1 - E) + Exp(mean 0.5)
 * </pre>
 * Options: {@code seed} (default 0), {@code collapse} (0..1, default 0: off).
 */
public final class MockSubstrate implements Substrate {
    private static final String[] ATTACK_MARKERS = {"'", "<script", "../", "drop table", "$(", "$where", "%00", "sleep("};

    private final long seed;
    private final double collapse;
    private SplittableRandom rnd;
    private double load;
    private double energy;
    private long cycles;

    public MockSubstrate(long seed, double collapse) {
        if (collapse < 0 || collapse > 1) {
            throw new IllegalArgumentException("mock collapse must be between 0 and 1, got " + collapse);
        }
        this.seed = seed;
        this.collapse = collapse;
        reset();
    }

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public String versionAnchor() {
        // a collapse mode is another model under test: its proofs must not pair with the plain model's
        return collapse == 0 ? "mock-model-1" : "mock-model-1+collapse=" + dev.ophamin.model.PythonFormat.str(collapse);
    }

    @Override
    public void reset() {
        rnd = new SplittableRandom(seed);
        load = 0;
        energy = 1;
        cycles = 0;
    }

    @Override
    public CycleResult cycle(CorpusRecord stimulus, JsonObject params) {
        double r = number(params, "injection_rate", 1.0);
        if (!(r >= 0)) {
            return CycleResult.failed("injection_rate must be a non-negative number, got " + r);
        }
        String text = stimulus.text();
        int len = text.length();
        load += r * (1 + len / 1000.0);
        energy = Math.max(0, Math.min(1, energy - 0.002 * r * (1 + len / 500.0) + 0.003));
        double phi = 0.5 + 0.3 * Math.tanh(load / 200) - 0.2 * (1 - energy) + gaussian() * 0.02;
        boolean collapsed = collapse > 0 && energy < collapse;
        if (collapsed) {
            phi = 0.05 + gaussian() * 0.01;
        }
        int markers = 0;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String m : ATTACK_MARKERS) {
            if (lower.contains(m)) {
                markers++;
            }
        }
        double threat = 1 / (1 + Math.exp(-4 * (markers - 0.5)));
        boolean blocked = threat + gaussian() * 0.15 > 0.5;
        double latency = 2 + 0.01 * len + 5 * (1 - energy) - 0.5 * Math.log(1 - rnd.nextDouble());
        cycles++;
        JsonObject m = JsonObject.builder()
                .put("phi", phi).put("energy", energy).put("load", load)
                .put("threat_score", threat).put("blocked", blocked ? 1L : 0L).put("collapsed", collapsed ? 1L : 0L)
                .build();
        return CycleResult.ok(m, JsonObject.builder().put("latency_ms", latency).build());
    }

    @Override
    public JsonObject snapshot() {
        return JsonObject.builder().put("load", load).put("energy", energy).put("cycles", cycles).build();
    }

    private double gaussian() {
        // Box-Muller from the seeded stream, so every platform draws the same numbers
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static double number(JsonObject params, String key, double fallback) {
        JsonValue v = params.get(key);
        if (v instanceof JsonFloat) {
            return ((JsonFloat) v).value();
        }
        if (v instanceof dev.ophamin.canonical.JsonInt) {
            return ((dev.ophamin.canonical.JsonInt) v).bigValue().doubleValue();
        }
        return fallback;
    }
}
