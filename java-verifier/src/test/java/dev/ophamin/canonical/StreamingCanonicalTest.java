package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ophamin.DecodeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The streaming encoder ({@link JsonReader#canonicalize}) and the one-pass reader
 * ({@link JsonReader#readCanonical}) give the bytes the value tree gives, on documents written
 * in any key order and layout.
 */
class StreamingCanonicalTest {
    @Test
    void streamingEqualsTreeInAnyLayout() {
        qt().withExamples(600).forAll(document()).checkAssert(v -> unchecked(() -> streamingEqualsTree(v)));
    }

    private static void streamingEqualsTree(JsonValue v) throws DecodeException {
        byte[] expected = Profile.PYTHON_JSON.encode(v);
        // INDENT2 keeps insertion order: the generated objects arrive in random key order
        byte[] indented = PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.INDENT2);
        assertArrayEquals(expected, Profile.PYTHON_JSON.canonicalize(indented));
        assertArrayEquals(expected, Profile.PYTHON_JSON.canonicalize(expected), "canonical input is a fixed point");
        CanonicalDocument both = JsonReader.standard().readCanonical(indented);
        assertEquals(v, both.value());
        assertArrayEquals(expected, both.canonical());
    }

    @Test
    void canonicalWithoutEqualsEncodingTheSmallerObject() {
        qt().withExamples(400).forAll(bigObject(), longs().all())
                .checkAssert((o, seed) -> unchecked(() -> canonicalWithout(o, seed)));
    }

    private static void canonicalWithout(JsonObject o, long seed) throws DecodeException {
        List<String> keys = new ArrayList<>(o.keys());
        Collections.shuffle(keys, new Random(seed));
        List<String> omit = new ArrayList<>(keys.subList(0, keys.isEmpty() ? 0 : new Random(seed).nextInt(keys.size() + 1)));
        omit.add("not-a-member");
        CanonicalDocument doc = JsonReader.standard().readCanonical(PythonJsonWriter.toBytes(o, PythonJsonWriter.Layout.INDENT2));
        assertArrayEquals(Profile.PYTHON_JSON.encode(o.without(omit.toArray(new String[0]))), doc.canonicalWithout(omit));
    }

    @Test
    void repeatedKeyIsRefusedInAnyOrder() {
        qt().withExamples(300).forAll(bigObject(), longs().all()).checkAssert(StreamingCanonicalTest::repeatedKeyRefused);
    }

    private static void repeatedKeyRefused(JsonObject o, long seed) {
        List<String> keys = new ArrayList<>(o.keys());
        if (keys.isEmpty()) {
            keys.add("k");
        }
        Random r = new Random(seed);
        keys.add(r.nextInt(keys.size() + 1), keys.get(r.nextInt(keys.size())));
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(text(new JsonString(keys.get(i)))).append(":").append(i);
        }
        byte[] doc = sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
        for (Encoding e : List.<Encoding>of(
                () -> Profile.PYTHON_JSON.canonicalize(doc),
                () -> JsonReader.standard().readCanonical(doc),
                () -> JsonReader.standard().read(doc))) {
            DecodeException ex = assertThrows(DecodeException.class, e::run);
            assertEquals(Violation.DUPLICATE_KEY, ex.violation());
        }
    }

    @Test
    void documentInsideALargerBufferReadsOnlyItsRange() {
        qt().withExamples(200).forAll(document()).checkAssert(v -> unchecked(() -> readsOnlyItsRange(v)));
    }

    private static void readsOnlyItsRange(JsonValue v) throws DecodeException {
        byte[] doc = PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.INDENT2);
        byte[] framed = ("\"x\" [" + new String(doc, StandardCharsets.UTF_8) + "\"tail\"").getBytes(StandardCharsets.UTF_8);
        int off = 5;
        ByteSink sink = new ByteSink();
        JsonReader.standard().canonicalize(framed, off, doc.length, sink);
        assertArrayEquals(Profile.PYTHON_JSON.encode(v), sink.toByteArray());
    }

    @Test
    void aShallowTreeKeepsTheTopAndTheWholeBytes() {
        qt().withExamples(400).forAll(document(), org.quicktheories.generators.SourceDSL.integers().between(1, 4))
                .checkAssert((v, depth) -> unchecked(() -> shallow(v, depth)));
    }

    private static void shallow(JsonValue v, int depth) throws DecodeException {
        byte[] indented = PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.INDENT2);
        CanonicalDocument full = JsonReader.standard().readCanonical(indented);
        CanonicalDocument top = JsonReader.standard().readCanonical(indented, depth);
        assertArrayEquals(full.canonical(), top.canonical());
        assertEquals(TreeCut.cut(v, depth), top.value());
    }

    @Test
    void unterminatedStringDoesNotRunIntoTheNextDocument() {
        byte[] lines = "[\"abc\n\"def\"]".getBytes(StandardCharsets.US_ASCII);
        ByteSink sink = new ByteSink();
        DecodeException e = assertThrows(DecodeException.class,
                () -> JsonReader.standard().canonicalize(lines, 0, 5, sink));
        assertEquals(0, sink.length(), e.getMessage());
    }

    @Test
    void rememberedKeyOrdersApplyOnlyToTheSameKeys() throws DecodeException {
        // the second pass over a key sequence takes its order from OrderCache
        for (int pass = 0; pass < 3; pass++) {
            assertEquals("{\"a\":2,\"b\":1,\"c\":{\"x\":0,\"y\":9}}", canonical("{\"b\":1,\"a\":2,\"c\":{\"y\":9,\"x\":0}}"));
            assertEquals("{\"a\":2,\"b\":1}", canonical("{\"b\":1,\"a\":2}"));
            assertEquals("{\"a\":2,\"b\":1,\"c\":3,\"d\":4}", canonical("{\"b\":1,\"a\":2,\"d\":4,\"c\":3}"));
            DecodeException e = assertThrows(DecodeException.class, () -> canonical("{\"b\":1,\"a\":2,\"a\":3}"));
            assertEquals(Violation.DUPLICATE_KEY, e.violation());
        }
    }

    private static String canonical(String doc) throws DecodeException {
        return new String(Profile.PYTHON_JSON.canonicalize(doc.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void refusalLeavesTheSinkAsItWas() throws DecodeException {
        ByteSink sink = new ByteSink();
        JsonReader.standard().canonicalize("[1]".getBytes(StandardCharsets.US_ASCII), 0, 3, sink);
        byte[] bad = "{\"b\": [1, 2, {\"x\": 1, \"x\": 2}]}".getBytes(StandardCharsets.US_ASCII);
        assertThrows(DecodeException.class, () -> JsonReader.standard().canonicalize(bad, 0, bad.length, sink));
        assertEquals("[1]", sink.toString());
    }

    @Test
    void minusZeroIntegerAndTheFloatsKeepPythonsSpelling() throws DecodeException {
        byte[] in = "{\"z\": -0, \"a\": [1E400, -1e-5, 1.50, 1e16, 12345678901234567890]}".getBytes(StandardCharsets.US_ASCII);
        assertEquals("{\"a\":[Infinity,-1e-05,1.5,1e+16,12345678901234567890],\"z\":0}",
                new String(Profile.PYTHON_JSON.canonicalize(in), StandardCharsets.US_ASCII));
    }

    @Test
    void rootThatIsNotAnObjectHasNoMembersToOmit() throws DecodeException {
        CanonicalDocument doc = JsonReader.standard().readCanonical("[{\"a\": 1}]".getBytes(StandardCharsets.US_ASCII));
        assertThrows(IllegalStateException.class, () -> doc.canonicalWithout(Set.of("a")));
    }

    private interface Encoding {
        Object run() throws DecodeException;
    }

    private static String text(JsonValue v) {
        return new String(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.US_ASCII);
    }

    static Gen<JsonValue> document() {
        return Generate.oneOf(JsonGens.anyValue(), bigObject().map(o -> (JsonValue) o));
    }

    /** Objects of up to 60 members: past the encoder's insertion-sort threshold. */
    static Gen<JsonObject> bigObject() {
        return JsonGens.object(JsonGens.key(), JsonGens.anyValue(), 60);
    }

    /** Runs a check that may throw DecodeException, which fails the property. */
    private static void unchecked(Check c) {
        try {
            c.run();
        } catch (DecodeException e) {
            throw new AssertionError("refused: " + e.getMessage(), e);
        }
    }

    private interface Check {
        void run() throws DecodeException;
    }
}
