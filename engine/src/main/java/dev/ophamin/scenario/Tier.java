package dev.ophamin.scenario;

import java.util.Locale;

/** The experimentation tier of a scenario; its name in records and on the command line is lower case. */
public enum Tier {
    /** Claims about substrate behaviour. */
    SCIENTIFIC,
    /** Claims about substrate cost. */
    ENGINEERING,
    /** Claims about a substrate's response to self-reference. */
    PHILOSOPHICAL,
    /** Characterisation of substrate physics. */
    EMPIRICAL_DEEP,
    /** Validation of the libraries and machinery the engine itself depends on. */
    MEASUREMENT_MACHINERY;

    /** {@code scientific}, {@code empirical_deep}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tier named {@code id}; IllegalArgumentException listing the tiers otherwise. */
    public static Tier byId(String id) {
        for (Tier t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + id + "' (expected scientific, engineering, "
                + "philosophical, empirical_deep or measurement_machinery)");
    }
}
