package dev.ophamin.canonical;

import dev.ophamin.Stable;

/**
 * The input rules of spec/CANONICAL_FORM.md, by the name the spec and the fixtures use.
 */
@Stable
public enum Violation {
    /** The bytes are not well-formed UTF-8 (overlong forms, encoded surrogates, stray bytes). */
    INVALID_UTF8("invalid-utf8"),
    /** The input starts with a byte order mark. */
    BOM("bom"),
    /** The input holds no value. */
    EMPTY_INPUT("empty-input"),
    /** Something other than whitespace follows the root value. */
    TRAILING_CONTENT("trailing-content"),
    /** The text is not JSON: comments, trailing commas, bad literals, missing separators. */
    SYNTAX("syntax"),
    /** A number spelled in a way JSON forbids: leading zeros, {@code +1}, {@code .5}, {@code 1.}. */
    INVALID_NUMBER("invalid-number"),
    /** A raw control character (U+0000..U+001F) inside a string. */
    CONTROL_CHARACTER("control-character"),
    /** A backslash escape JSON does not define. */
    INVALID_ESCAPE("invalid-escape"),
    /** The same key twice in one object. */
    DUPLICATE_KEY("duplicate-key"),
    /** Containers nested deeper than the limit. */
    DEPTH_LIMIT("depth-limit"),
    /** An integer with more than 4300 digits. */
    INTEGER_TOO_LONG("integer-too-long"),
    /** jcs profile only: NaN or an infinity, which RFC 8785 cannot express. */
    NON_FINITE_NUMBER("non-finite-number"),
    /** jcs profile only: a string holding an unpaired surrogate, which UTF-8 cannot carry. */
    LONE_SURROGATE("lone-surrogate"),
    /** jcs profile only: an integer that is neither exactly an IEEE-754 double nor the RFC 8785 text of one. */
    INTEGER_PRECISION("integer-precision");

    private final String code;

    Violation(String code) {
        this.code = code;
    }

    /** {@return the rule's name as written in the spec, the fixtures and error messages} */
    public String code() {
        return code;
    }
}
