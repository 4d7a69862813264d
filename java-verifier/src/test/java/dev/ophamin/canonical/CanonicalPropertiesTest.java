package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.DecodeException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of both profiles over generated value trees. */
class CanonicalPropertiesTest {

    @Property(tries = 500)
    void pythonJsonIsIdempotentAndRoundTrips(@ForAll("anyValue") JsonValue v) throws DecodeException {
        byte[] once = Profile.PYTHON_JSON.encode(v);
        JsonValue back = JsonReader.standard().read(once);
        assertEquals(v, back, "parse(canonical(x)) == x");
        assertArrayEquals(once, Profile.PYTHON_JSON.encode(back), "canonical(parse(canonical(x))) == canonical(x)");
    }

    @Property(tries = 500)
    void jcsIsIdempotentAndRoundTrips(@ForAll("jcsValue") JsonValue v) throws DecodeException {
        byte[] once = Profile.JCS.encode(v);
        JsonValue back = JsonReader.standard().read(once);
        byte[] twice = Profile.JCS.encode(back);
        assertArrayEquals(once, twice, "canonical(parse(canonical(x))) == canonical(x)");
    }

    @Property(tries = 300)
    void pythonJsonSortsKeysByCodePoint(@ForAll @Size(max = 12) Set<@net.jqwik.api.From("key") String> keys)
            throws DecodeException {
        List<String> written = writtenKeyOrder(Profile.PYTHON_JSON, keys);
        for (int i = 1; i < written.size(); i++) {
            int[] a = written.get(i - 1).codePoints().toArray();
            int[] b = written.get(i).codePoints().toArray();
            assertTrue(Arrays.compare(a, b) < 0, "code point order: " + escaped(written));
        }
        assertEquals(keys.size(), written.size());
    }

    @Property(tries = 300)
    void jcsSortsKeysByUtf16Unit(@ForAll @Size(max = 12) Set<@net.jqwik.api.From("pairedKey") String> keys)
            throws DecodeException {
        List<String> written = writtenKeyOrder(Profile.JCS, keys);
        for (int i = 1; i < written.size(); i++) {
            assertTrue(written.get(i - 1).compareTo(written.get(i)) < 0, "UTF-16 order: " + escaped(written));
        }
        assertEquals(keys.size(), written.size());
    }

    @Property(tries = 500)
    void integersAndFloatsStayApart(@ForAll long n) throws DecodeException {
        String asInt = text(JsonInt.of(n));
        String asFloat = text(new JsonFloat((double) n));
        assertEquals(Long.toString(n), asInt);
        assertNotEquals(asInt, asFloat);
        assertTrue(asFloat.contains(".") || asFloat.contains("e"), asFloat);
        assertEquals(JsonInt.of(n), JsonReader.standard().read(asInt.getBytes(StandardCharsets.US_ASCII)));
        assertInstanceOf(JsonFloat.class, JsonReader.standard().read(asFloat.getBytes(StandardCharsets.US_ASCII)));
    }

    @Property(tries = 300)
    void bigIntegersAreExact(@ForAll("bigInt") BigInteger n) throws DecodeException {
        String t = text(JsonInt.of(n));
        assertEquals(n.toString(), t);
        assertEquals(JsonInt.of(n), JsonReader.standard().read(t.getBytes(StandardCharsets.US_ASCII)));
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

    private static List<String> writtenKeyOrder(Profile p, Set<String> keys) throws DecodeException {
        JsonObject.Builder b = JsonObject.builder();
        keys.forEach(k -> b.put(k, JsonNull.NULL));
        // the reader keeps input order, so reading the output back gives the written order
        JsonObject back = (JsonObject) JsonReader.standard().read(p.encode(b.build()));
        return new ArrayList<>(back.keys());
    }

    // ----- arbitraries

    /** Characters that exercise every escaping and ordering rule, lone surrogates included. */
    @Provide
    Arbitrary<String> key() {
        return keys(true);
    }

    /** Keys without unpaired surrogates (what RFC 8785 can carry). */
    @Provide
    Arbitrary<String> pairedKey() {
        return keys(false);
    }

    private static Arbitrary<String> keys(boolean loneSurrogates) {
        List<Character> pool = new ArrayList<>(List.of('a', 'B', '1', '0', ' ', '"', '\\', '/', '\u0000', '\u001f',
                '\u007f', '\u0080', '\u00e9', '\u2028', '\ud7ff', '\ue000', '\uffff', '\ufeff'));
        Arbitrary<Character> any = Arbitraries.chars();
        if (loneSurrogates) {
            pool.addAll(List.of('\ud800', '\udbff', '\udc00', '\udfff'));
        } else {
            any = any.map(c -> Character.isSurrogate(c) ? (char) (c + 0x800) : c);
        }
        Arbitrary<Character> c = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(pool)),
                net.jqwik.api.Tuple.of(2, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('a', 'c')));
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        return Arbitraries.oneOf(c.map(String::valueOf), astral).list().ofMaxSize(5).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<BigInteger> bigInt() {
        return Arbitraries.bigIntegers().between(BigInteger.TEN.pow(400).negate(), BigInteger.TEN.pow(400));
    }

    @Provide
    Arbitrary<JsonValue> anyValue() {
        return value(key(), anyNumber(), 3);
    }

    @Provide
    Arbitrary<JsonValue> jcsValue() {
        Arbitrary<JsonValue> numbers = Arbitraries.oneOf(
                Arbitraries.longs().between(-(1L << 53), 1L << 53).map(JsonInt::of),
                finiteDoubles().map(JsonFloat::new));
        return value(pairedKey(), numbers, 3);
    }

    private static Arbitrary<JsonValue> anyNumber() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(JsonInt::of),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70).negate(), BigInteger.TWO.pow(70)).map(JsonInt::of),
                finiteDoubles().map(JsonFloat::new),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0).map(JsonFloat::new));
    }

    private static Arbitrary<Double> finiteDoubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.doubles(),
                Arbitraries.of(0.0, -0.0, 1e16, 1e-4, 1e21, 1e-7, 5e-324, Double.MAX_VALUE, 0.1));
    }

    private static Arbitrary<JsonValue> value(Arbitrary<String> keys, Arbitrary<JsonValue> numbers, int depth) {
        Arbitrary<JsonValue> leaf = Arbitraries.oneOf(
                numbers,
                keys.map(JsonString::new),
                Arbitraries.of(JsonBool.TRUE, JsonBool.FALSE, JsonNull.NULL));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonValue> inner = Arbitraries.lazy(() -> value(keys, numbers, depth - 1));
        Arbitrary<JsonValue> array = inner.list().ofMaxSize(4).map(l -> (JsonValue) new JsonArray(l));
        Arbitrary<JsonValue> object = Combinators.combine(keys.set().ofMaxSize(4), inner.list().ofSize(4))
                .as((ks, vs) -> {
                    JsonObject.Builder b = JsonObject.builder();
                    int i = 0;
                    for (String k : ks) {
                        b.put(k, vs.get(i++));
                    }
                    return (JsonValue) b.build();
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, object));
    }
}
