package dev.ophamin.canonical;

import dev.ophamin.Stable;

/**
 * A JSON number that was written with a fraction or exponent (or built as a float): an IEEE-754
 * double, possibly NaN or infinite. {@code 30.0} is a float, {@code 30} is a {@link JsonInt}.
 */
@Stable
public record JsonFloat(double value) implements JsonValue {
    /**
     * {@return the float {@code value}}
     *
     * @param value the double, as read (non-finite values are refused only when written)
     */
    public static JsonFloat of(double value) {
        return new JsonFloat(value);
    }
}
