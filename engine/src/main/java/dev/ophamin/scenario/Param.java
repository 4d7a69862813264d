package dev.ophamin.scenario;

import java.util.Objects;

/** A parameter a scenario accepts: name, default value (as text) and what it means. */
public record Param(String name, String defaultValue, String description) {
    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name '" + name + "' must be snake_case");
        }
    }
}
