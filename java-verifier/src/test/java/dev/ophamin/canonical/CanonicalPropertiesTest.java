package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ophamin.DecodeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of both profiles over generated value trees (QuickTheories, shrinking on failure). */
class CanonicalPropertiesTest {

    @Test
    void pythonJsonIsIdempotentAndRoundTrips() {
        qt().withExamples(500).forAll(JsonGens.anyValue()).checkAssert(v -> {
            byte[] once = enc(Profile.PYTHON_JSON, v);
            JsonValue back = read(once);
            assertEquals(v, back, "parse(canonical(x)) == x");
            assertArrayEquals(once, enc(Profile.PYTHON_JSON, back), "canonical(parse(canonical(x))) == canonical(x)");
        });
    }

    @Test
    void jcsIsIdempotentAndRoundTrips() {
        qt().withExamples(500).forAll(JsonGens.jcsValue()).checkAssert(v -> {
            byte[] once = enc(Profile.JCS, v);
            byte[] twice = enc(Profile.JCS, read(once));
            assertArrayEquals(once, twice, "canonical(parse(canonical(x))) == canonical(x)");
        });
    }

    @Test
    void pythonJsonSortsKeysByCodePoint() {
        qt().withExamples(300).forAll(JsonGens.keySet(JsonGens.key(), 12)).checkAssert(keys -> {
            List<String> written = writtenKeyOrder(Profile.PYTHON_JSON, keys);
            for (int i = 1; i < written.size(); i++) {
                int[] a = written.get(i - 1).codePoints().toArray();
                int[] b = written.get(i).codePoints().toArray();
                assertTrue(Arrays.compare(a, b) < 0, "code point order: " + escaped(written));
            }
            assertEquals(keys.size(), written.size());
        });
    }

    @Test
    void jcsSortsKeysByUtf16Unit() {
        qt().withExamples(300).forAll(JsonGens.keySet(JsonGens.pairedKey(), 12)).checkAssert(keys -> {
            List<String> written = writtenKeyOrder(Profile.JCS, keys);
            for (int i = 1; i < written.size(); i++) {
                assertTrue(written.get(i - 1).compareTo(written.get(i)) < 0, "UTF-16 order: " + escaped(written));
            }
            assertEquals(keys.size(), written.size());
        });
    }

    @Test
    void integersAndFloatsStayApart() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(n -> {
            String asInt = text(JsonInt.of(n));
            String asFloat = text(new JsonFloat((double) n));
            assertEquals(Long.toString(n), asInt);
            assertNotEquals(asInt, asFloat);
            assertTrue(asFloat.contains(".") || asFloat.contains("e"), asFloat);
            assertEquals(JsonInt.of(n), read(asInt.getBytes(StandardCharsets.US_ASCII)));
            assertInstanceOf(JsonFloat.class, read(asFloat.getBytes(StandardCharsets.US_ASCII)));
        });
    }

    @Test
    void bigIntegersAreExact() {
        qt().withExamples(300).forAll(JsonGens.bigInt(400)).checkAssert(n -> {
            String t = text(JsonInt.of(n));
            assertEquals(n.toString(), t);
            assertEquals(JsonInt.of(n), read(t.getBytes(StandardCharsets.US_ASCII)));
        });
    }

    /** Encodes; a refusal fails the property. */
    static byte[] enc(Profile p, JsonValue v) {
        try {
            return p.encode(v);
        } catch (DecodeException e) {
            throw new AssertionError("refused to encode: " + e.getMessage(), e);
        }
    }

    /** Reads canonical output back; it must parse, so a refusal fails the property. */
    static JsonValue read(byte[] b) {
        try {
            return JsonReader.standard().read(b);
        } catch (DecodeException e) {
            throw new AssertionError("canonical output refused: " + e.getMessage(), e);
        }
    }

    private static String text(JsonValue v) {
        return new String(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.US_ASCII);
    }

    private static String escaped(List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.append(" \"");
            k.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
            sb.append('"');
        }
        return sb.toString();
    }

    private static List<String> writtenKeyOrder(Profile p, Set<String> keys) {
        JsonObject.Builder b = JsonObject.builder();
        keys.forEach(k -> b.put(k, JsonNull.NULL));
        // the reader keeps input order, so reading the output back gives the written order
        JsonObject back = (JsonObject) read(enc(p, b.build()));
        return new ArrayList<>(back.keys());
    }
}
