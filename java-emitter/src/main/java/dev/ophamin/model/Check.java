package dev.ophamin.model;

import java.util.List;

/** Argument checks for the builders; messages name the field. */
final class Check {
    private Check() {
    }

    static <T> T notNull(T v, String field) {
        if (v == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return v;
    }

    static <T> List<T> list(List<T> v, String field) {
        notNull(v, field);
        for (int i = 0; i < v.size(); i++) {
            notNull(v.get(i), field + "[" + i + "]");
        }
        return List.copyOf(v);
    }
}
