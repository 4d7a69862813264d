package dev.ophamin.canonical;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import dev.ophamin.DecodeException;
import dev.ophamin.Stable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The strict reader of spec/CANONICAL_FORM.md: exactly one JSON value in strict UTF-8 without a
 * BOM, then end of input; numbers typed as Python types them; duplicate keys, over-deep nesting
 * and over-long integers refused. Immutable and thread-safe.
 *
 * <p>jackson-core does the tokenizing; this class adds what jackson leaves lenient (empty input,
 * trailing values, BOMs and other encodings, overlong UTF-8) and the checks jackson does not make.
 * Canonical bytes of documents in the subset record files use (keys of printable ASCII without
 * escapes, integers of at most 18 digits, no NaN or Infinity, UTF-8 only inside string values)
 * are written by a quick pass over the bytes instead, which gives up on anything else.
 */
@Stable
public final class JsonReader {
    /** Containers may nest this deep and no deeper (CPython itself fails near 1000). */
    public static final int DEFAULT_MAX_DEPTH = 500;

    private static final JsonReader STANDARD = builder().build();

    private final int maxDepth;
    private final JsonFactory factory;

    private JsonReader(Builder b) {
        this.maxDepth = b.maxDepth;
        this.factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                // correctly rounded, like Double.parseDouble, and several times faster on Java 17
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(b.maxDepth + 1)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .build())
                .build();
    }

    /** {@return the reader with the spec's limits} */
    public static JsonReader standard() {
        return STANDARD;
    }

    /** {@return a builder starting from the standard limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the nesting limit: arrays and objects nested deeper are refused} */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Reads one document.
     *
     * @param input the whole document, UTF-8
     * @return its value tree
     * @throws DecodeException naming the rule broken and where
     */
    public JsonValue read(byte[] input) throws DecodeException {
        return read(input, 0, input.length);
    }

    /**
     * Reads one document from part of an array.
     *
     * @param input the array holding the document, UTF-8
     * @param off index of its first byte
     * @param len its length in bytes
     * @return its value tree
     * @throws DecodeException naming the rule broken and where (offsets from {@code off})
     */
    public JsonValue read(byte[] input, int off, int len) throws DecodeException {
        return walk(input, off, len, (p, raw) -> new DocumentPass(p, raw, off, len, maxDepth, Integer.MAX_VALUE, null, false)).root;
    }

    /**
     * Appends the python-json/1 canonical bytes of the document in {@code input[off, off+len)} to
     * {@code out}, straight from the tokens, without building a value tree. The checks are those
     * of {@link #read}. On failure {@code out} is left as it was.
     *
     * @param input the array holding the document, UTF-8
     * @param off index of its first byte
     * @param len its length in bytes
     * @param out where the canonical bytes are appended
     * @throws DecodeException naming the rule broken and where
     */
    public void canonicalize(byte[] input, int off, int len, ByteSink out) throws DecodeException {
        if (DirectPass.run(input, off, len, maxDepth, 0, out, false) == null) {
            canonicalizeByTokens(input, off, len, out);
        }
    }

    /** {@link #canonicalize} through jackson's tokenizer: every document the quick pass gives up on, and its refusals. */
    void canonicalizeByTokens(byte[] input, int off, int len, ByteSink out) throws DecodeException {
        int mark = out.length();
        try {
            walk(input, off, len, (p, raw) -> new DocumentPass(p, raw, off, len, maxDepth, 0, out, false));
        } catch (DecodeException e) {
            out.truncate(mark);
            throw e;
        }
    }

    /**
     * Reads one document and, in the same pass, its python-json/1 canonical bytes, from which
     * the canonical bytes of the root object minus some of its keys are then cheap to take.
     *
     * @param input the whole document, UTF-8
     * @return the tree and the canonical bytes
     * @throws DecodeException naming the rule broken and where
     */
    public CanonicalDocument readCanonical(byte[] input) throws DecodeException {
        return readCanonical(input, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #readCanonical(byte[])}, with the tree built only {@code treeDepth} levels deep
     * (1: the root and its scalar members; 3: a record's members, theirs, and their scalars):
     * containers below stand in it as {@link JsonNull#NULL}. The canonical bytes are whole, and every refusal is as for a full
     * read. For readers that only look near the top, such as the verifier's fast path.
     *
     * @param input the whole document, UTF-8
     * @param treeDepth how many levels of the tree to build, at least 1
     * @return the partial tree and the whole canonical bytes
     * @throws DecodeException naming the rule broken and where
     */
    public CanonicalDocument readCanonical(byte[] input, int treeDepth) throws DecodeException {
        if (treeDepth < 1) {
            throw new IllegalArgumentException("treeDepth must be at least 1");
        }
        ByteSink sink = new ByteSink(input.length + 64);
        DirectPass direct = DirectPass.run(input, 0, input.length, maxDepth, treeDepth, sink, true);
        if (direct != null) {
            return new CanonicalDocument(direct.root, sink, direct.rootSpans);
        }
        return readCanonicalByTokens(input, treeDepth, sink);     // a pass that gave up left the sink empty
    }

    /** {@link #readCanonical(byte[], int)} through jackson's tokenizer: the quick pass's fallback and its reference in tests. */
    CanonicalDocument readCanonicalByTokens(byte[] input, int treeDepth) throws DecodeException {
        return readCanonicalByTokens(input, treeDepth, new ByteSink(input.length + 64));
    }

    private CanonicalDocument readCanonicalByTokens(byte[] input, int treeDepth, ByteSink sink) throws DecodeException {
        DocumentPass pass = walk(input, 0, input.length,
                (p, raw) -> new DocumentPass(p, raw, 0, input.length, maxDepth, treeDepth, sink, true));
        return new CanonicalDocument(pass.root, sink, pass.rootSpans);
    }

    private interface PassFactory {
        /** {@code raw} is the input when the parser reads its bytes directly, else null. */
        DocumentPass create(JsonParser p, byte[] raw);
    }

    private DocumentPass walk(byte[] input, int off, int len, PassFactory passes) throws DecodeException {
        if (len >= 3 && (input[off] & 0xFF) == 0xEF && (input[off + 1] & 0xFF) == 0xBB
                && (input[off + 2] & 0xFF) == 0xBF) {
            throw new DecodeException(Violation.BOM, "input starts with a UTF-8 byte order mark", 0, 1, 1);
        }
        int bad = Utf8.firstInvalid(input, off, len);
        if (bad >= 0) {
            throw at(Violation.INVALID_UTF8,
                    String.format("ill-formed UTF-8 sequence starting with byte 0x%02x", input[bad] & 0xFF),
                    input, off, bad);
        }
        try (JsonParser p = open(input, off, len)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new DecodeException(Violation.EMPTY_INPUT, "no JSON value in the input",
                        len, 1, 1);
            }
            DocumentPass pass = passes.create(p, p instanceof UTF8StreamJsonParser ? input : null);
            pass.root = pass.value(t, 1);
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonProcessingException e) {
                throw located(Violation.TRAILING_CONTENT, "unexpected content after the root value",
                        e.getLocation());
            }
            if (after != null) {
                throw located(Violation.TRAILING_CONTENT, "a second value after the root value",
                        p.currentTokenLocation());
            }
            return pass;
        } catch (StreamConstraintsException e) {
            throw located(Violation.DEPTH_LIMIT, e.getOriginalMessage(), e.getLocation());
        } catch (JsonProcessingException e) {
            throw located(classify(e.getOriginalMessage(), input, off, len), e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            // in-memory sources do not fail; keep the cause if one ever does
            throw new DecodeException(Violation.SYNTAX, e.toString());
        }
    }

    private JsonParser open(byte[] input, int off, int len) throws IOException {
        // jackson guesses UTF-16/32 from NUL bytes at the start; input we already know is UTF-8
        // must not be re-guessed, so such input goes through a UTF-8 reader instead.
        for (int i = off; i < off + Math.min(len, 4); i++) {
            if (input[i] == 0) {
                return factory.createParser(new InputStreamReader(
                        new ByteArrayInputStream(input, off, len), StandardCharsets.UTF_8));
            }
        }
        return factory.createParser(input, off, len);
    }

    static void checkDepth(JsonParser p, int depth, int maxDepth) throws DecodeException {
        if (depth > maxDepth) {
            throw located(Violation.DEPTH_LIMIT, "containers nested deeper than " + maxDepth,
                    p.currentTokenLocation());
        }
    }

    /** Refuses integers longer than Python reads (digits, not counting a minus sign). */
    static void checkIntegerLength(JsonParser p) throws IOException, DecodeException {
        int digits = p.getTextLength();
        if (digits > 18) {
            char[] buf = p.getTextCharacters();
            if (buf[p.getTextOffset()] == '-') {
                digits--;
            }
            if (digits > JsonInt.MAX_DIGITS) {
                throw located(Violation.INTEGER_TOO_LONG,
                        "integer has " + digits + " digits, more than " + JsonInt.MAX_DIGITS,
                        p.currentTokenLocation());
            }
        }
    }

    static JsonInt intValue(JsonParser p) throws IOException {
        JsonParser.NumberType nt = p.getNumberType();
        if (nt == JsonParser.NumberType.INT || nt == JsonParser.NumberType.LONG) {
            return JsonInt.of(p.getLongValue());
        }
        return JsonInt.of(p.getBigIntegerValue());
    }

    static double floatValue(JsonParser p) throws IOException, DecodeException {
        if (p.isNaN()) {
            String text = p.getText();
            // jackson also takes "+Infinity", "INF" and friends; Python takes exactly these three
            if (!text.equals("NaN") && !text.equals("Infinity") && !text.equals("-Infinity")) {
                throw located(Violation.SYNTAX, "'" + text + "' is not a JSON value", p.currentTokenLocation());
            }
            return Double.parseDouble(text);
        }
        return p.getDoubleValue();
    }

    // jackson reports grammar errors by message only; sort them into the spec's rules.
    private static Violation classify(String msg, byte[] input, int off, int len) {
        if (msg == null) {
            return Violation.SYNTAX;
        }
        if (msg.contains("CTRL-CHAR")) {
            // "unquoted character" is a raw control character inside a string or name; a
            // control character between tokens (a NUL, say) is plain bad syntax
            return msg.contains("unquoted character") ? Violation.CONTROL_CHARACTER : Violation.SYNTAX;
        }
        if (msg.contains("end-of-input") && !msg.contains("VALUE_STRING") && !msg.contains("field name")
                && endsInNumberPrefix(input, off, len)) {
            return Violation.INVALID_NUMBER;
        }
        if (msg.contains("character escape") || msg.contains("escape sequence")) {
            return Violation.INVALID_ESCAPE;
        }
        if (msg.contains("root-level values")) {
            return Violation.TRAILING_CONTENT;
        }
        if (msg.contains("numeric value") || msg.contains("Leading zero") || msg.contains("Decimal point")
                || msg.contains("Exponent indicator") || msg.contains("expected digit")
                || msg.contains("('.' (code 46))") || msg.contains("Invalid number")) {
            return Violation.INVALID_NUMBER;
        }
        if (msg.contains("Invalid UTF-8")) {
            return Violation.INVALID_UTF8;
        }
        return Violation.SYNTAX;
    }

    /** True when the input ends inside a number that needs more characters: {@code 1e}, {@code [-}, {@code 1.5e+}. */
    private static boolean endsInNumberPrefix(byte[] b, int off, int len) {
        int end = off + len;
        if (len == 0 || "-+.eE".indexOf(b[end - 1]) < 0) {
            return false;
        }
        int i = end;
        while (i > off && "0123456789-+.eE".indexOf(b[i - 1]) >= 0) {
            i--;
        }
        boolean startsNumber = b[i] == '-' || (b[i] >= '0' && b[i] <= '9');
        boolean delimited = i == off || " \t\n\r[,:".indexOf(b[i - 1]) >= 0;
        return startsNumber && delimited;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    static DecodeException located(Violation v, String detail, JsonLocation loc) {
        if (loc == null) {
            return new DecodeException(v, detail);
        }
        long off = loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
        return new DecodeException(v, firstLine(detail), off, loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static DecodeException at(Violation v, String detail, byte[] b, int off, int pos) {
        int line = 1;
        int lineStart = off;
        for (int i = off; i < pos; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new DecodeException(v, detail, pos - off, line, pos - lineStart + 1);
    }

    /** Settings for a {@link JsonReader}. */
    public static final class Builder {
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * Sets the deepest container nesting accepted (default {@value JsonReader#DEFAULT_MAX_DEPTH}).
         *
         * @param maxDepth the limit, at least 1
         * @return this builder
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1) {
                throw new IllegalArgumentException("maxDepth must be >= 1");
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /** {@return the immutable reader} */
        public JsonReader build() {
            return new JsonReader(this);
        }
    }
}
