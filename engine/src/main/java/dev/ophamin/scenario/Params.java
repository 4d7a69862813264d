package dev.ophamin.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values of one run: every declared parameter, spelled out, in declaration order.
 * Typed getters fail with a message naming the parameter and the bad value.
 */
public final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * The declared parameters with {@code given} overrides applied.
     *
     * @throws IllegalArgumentException for a parameter the scenario does not declare
     */
    public static Params resolve(String scenario, List<Param> declared, Map<String, String> given) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Param p : declared) {
            v.put(p.name(), given.getOrDefault(p.name(), p.defaultValue()));
        }
        for (String k : given.keySet()) {
            if (!v.containsKey(k)) {
                throw new IllegalArgumentException("scenario " + scenario + " has no parameter '" + k + "' (it takes: "
                        + (declared.isEmpty() ? "none" : String.join(", ", v.keySet())) + ")");
            }
        }
        return new Params(v);
    }

    /** Name to value, in declaration order. */
    public Map<String, String> asMap() {
        return values;
    }

    public String text(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }

    public int integer(String name) {
        try {
            return Integer.parseInt(text(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + "=" + text(name) + " is not an integer");
        }
    }

    public double number(String name) {
        try {
            double d = Double.parseDouble(text(name).trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + "=" + text(name) + " is not a finite number");
        }
    }

    /** A comma-separated list of integers, e.g. {@code 10,20,50}. */
    public List<Integer> integers(String name) {
        List<Integer> out = new java.util.ArrayList<>();
        for (String part : text(name).split(",")) {
            try {
                out.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter " + name + "=" + text(name) + " is not a list of integers");
            }
        }
        return out;
    }
}
