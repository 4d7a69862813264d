package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ophamin.DecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick pass ({@link DirectPass}) against the tokenizer's path it stands in for: on every
 * document it reads, the same canonical bytes, the same tree at every depth and the same root
 * member spans; on every document the tokenizer refuses, it gives up. It must also actually read
 * what record files hold, or it would be dead weight.
 */
class DirectPassTest {
    private static final int[] DEPTHS = {0, 1, 2, 3, Integer.MAX_VALUE};

    /** True when the quick pass read {@code doc}; fails when it disagrees with the tokenizer. */
    static boolean agrees(JsonReader reader, byte[] doc) {
        boolean read = false;
        for (int depth : DEPTHS) {
            read |= agrees(reader, doc, depth);
        }
        return read;
    }

    private static boolean agrees(JsonReader reader, byte[] doc, int depth) {
        ByteSink quick = new ByteSink();
        quick.write('#');   // the pass appends after what the sink holds
        DirectPass d = DirectPass.run(doc, 0, doc.length, reader.maxDepth(), depth, quick, depth > 0);
        ByteSink byTokens = new ByteSink();
        byTokens.write('#');
        CanonicalDocument ref = null;
        try {
            if (depth == 0) {
                reader.canonicalizeByTokens(doc, 0, doc.length, byTokens);
            } else {
                ref = reader.readCanonicalByTokens(doc, depth);
            }
        } catch (DecodeException e) {
            assertNull(d, "the quick pass read what the tokenizer refuses (" + e.getMessage() + "): " + show(doc));
            assertEquals(1, quick.length(), "a pass that gave up leaves the sink as it was");
            return false;
        }
        if (d == null) {
            assertEquals(1, quick.length(), "a pass that gave up leaves the sink as it was");
            return false;
        }
        if (depth == 0) {
            assertArrayEquals(byTokens.toByteArray(), quick.toByteArray(), () -> show(doc));
            return true;
        }
        byte[] bytes = quick.toByteArray();
        assertArrayEquals(ref.canonical(), java.util.Arrays.copyOfRange(bytes, 1, bytes.length), () -> show(doc));
        assertEquals(ref.value(), d.root, () -> "tree at depth " + depth + ": " + show(doc));
        if (ref.value() instanceof JsonObject o) {
            // the spans, through what they are for: the root without each of its members in turn
            ByteSink own = new ByteSink();
            own.write(bytes, 1, bytes.length - 1);
            int[] starts = d.rootSpans.starts().clone();
            int[] ends = d.rootSpans.ends().clone();
            for (int i = 0; i < starts.length; i++) {
                starts[i]--;
                ends[i]--;
            }
            CanonicalDocument quickDoc = new CanonicalDocument(d.root, own,
                    new OpenMembers.RootSpans(d.rootSpans.keys(), starts, ends));
            assertArrayEquals(ref.canonicalWithout(Set.of()), quickDoc.canonicalWithout(Set.of()));
            for (String k : o.keys()) {
                assertArrayEquals(ref.canonicalWithout(Set.of(k)), quickDoc.canonicalWithout(Set.of(k)), k);
            }
        } else {
            assertNull(d.rootSpans);
        }
        return true;
    }

    private static String show(byte[] doc) {
        String s = new String(doc, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsEveryShippedRecordAsTheTokenizerDoes() {
        Path corpus = TestFiles.shared("corpus/ophamin");
        List<Path> files = jsonFiles(corpus);
        int records = 0;
        int read = 0;
        for (Path f : files) {
            boolean quick = agrees(JsonReader.standard(), bytes(f));
            // the reference writes records in ASCII with short integers: every one is in the subset
            // (its canonical-form tests, with raw UTF-8 keys, need not be)
            if (!f.startsWith(corpus.resolve("tests"))) {
                records++;
                read += quick ? 1 : 0;
            }
        }
        assertTrue(records > 90, "records found: " + records);
        assertEquals(records, read, "shipped records the quick pass gave up on");
    }

    @Test
    void agreesOnEveryFixtureFile() {
        int read = 0;
        List<Path> files = jsonFiles(TestFiles.fixtures());
        for (Path f : files) {
            read += agrees(JsonReader.standard(), bytes(f)) ? 1 : 0;
        }
        assertTrue(read > files.size() / 2, read + " of " + files.size() + " fixture files read by the quick pass");
    }

    @Test
    void agreesOnJsonTestSuite() {
        // y_ files must parse, n_ must not, i_ may go either way: the quick pass may give up on
        // any, but must never read what the tokenizer refuses
        int read = 0;
        List<Path> files = jsonFiles(TestFiles.shared("corpus/JSONTestSuite"));
        for (Path f : files) {
            read += agrees(JsonReader.standard(), bytes(f)) ? 1 : 0;
        }
        assertTrue(files.size() > 300 && read > 50, read + " of " + files.size());
    }

    @Test
    void agreesOnRandomSpellings() {
        qt().withExamples(3000).forAll(longs().all())
                .checkAssert(seed -> agrees(JsonReader.standard(),
                        new RandomJsonText(seed).document().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void agreesOnTheReferenceLayoutOfRandomValues() {
        int[] read = {0};
        qt().withExamples(1500).forAll(StreamingCanonicalTest.document()).checkAssert(v -> {
            byte[] indented = PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.INDENT2);
            read[0] += agrees(JsonReader.standard(), indented) ? 1 : 0;
        });
        // the generated keys are often non-ASCII, which the quick pass leaves to the tokenizer
        assertTrue(read[0] > 200, "read " + read[0]);
    }

    @Test
    void givesUpAtTheDepthLimitAsTheTokenizerRefusesThere() {
        JsonReader shallow = JsonReader.builder().maxDepth(3).build();
        assertTrue(agrees(shallow, "[[{\"a\": 1}]]".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(!agrees(shallow, "[[{\"a\": []}]]".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"b\": \"tab\\there\", \"a\": \"\\u00e9\\ud83d\\ude80 \\ud800 \\/ \\\"q\\\" \\\\\"}",
        "[\"del \u007f in a string\", \"\\u007F\", \"\\u0041\\u00E9\"]",
        "[-0, 0, -1, 123456789012345678, -123456789012345678]",
        "[0.1, -0.0, 1e5, 1E+5, 15e-8, 0.000, 1.7976931348623157e308, 1e400, 1e-400, 5e-324, 123.456e2]",
        "[0.30000000000000004, 2.2250738585072014e-308, 9007199254740993.0, 1.00000000000000000001]",
        " \t\n\r{\"x\": [true, false, null, {}, []]}\r\n",
        "{\"z\": {\"y\": 1, \"x\": 2}, \"a\": [{\"d\": 1, \"c\": 2}]}",
        "\"just a string\"",
        "42",
        "[\"caf\u00e9 \u0800 \ud7ff \ue000 \uffff \ud83d\ude80 \udbff\udfff\"]",   // raw UTF-8 in values
        "[\"\u0080\u00bf\u07c0\u07ff\u1000\ud000\ud800\udc00\udbff\udfff\"]",  // each lead byte's bounds
        "{\"a b\": 1, \"~\": 2, \" \": 3}",                  // keys at the ends of printable ASCII
        "{\"a \": 1, \"a\": 2, \"a!\": 3, \"ab\": 4}",        // one key a prefix of others
        "{\"a\" : 1, \"b\"\t:\n2}",                           // whitespace before the colon
        "true", "false", "null", "-0", "7", "1.5",          // a literal or number running to the end
        "[1e10, 12e-12, 3.5e+21, 7E-20, 25e1, -4.5e-13]",   // exponents of two digits, on the fast path
    })
    void readsTheSubset(String doc) {
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        assertNotNull(DirectPass.run(b, 0, b.length, 500, Integer.MAX_VALUE, new ByteSink(), true), doc);
        assertTrue(agrees(JsonReader.standard(), b), doc);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"k\\u0065y\": 1}",              // an escaped key
        "{\"\u00e9\": 1}",                     // a raw non-ASCII key
        "[NaN]", "[Infinity]", "[-Infinity]",
        "[1234567890123456789]",         // 19 digits
        "[\"raw\ttab\"]",                  // a raw control character
        "\ufeff[1]",                       // a byte order mark
        "", " ", "[1] [2]", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[.5]", "[+1]", "[1e]", "[-]",
        "{\"a\": 1, \"a\": 2}", "{\"b\": 1, \"a\": 2, \"b\": 3}",
        "[tru]", "[nul]", "{\"a\" 1}", "{1: 2}", "[\"unterminated]", "[\"\\x\"]", "[\"\\u12\"]",
        "[trux]", "[nulL]", "[fals3]", "tru", "[\"\\u00", "[\"\\u", "1e", "1E", "-1e+", "1.",
    })
    void givesUpOnEverythingElse(String doc) {
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        ByteSink sink = new ByteSink();
        assertNull(DirectPass.run(b, 0, b.length, 500, 2, sink, true), doc);
        assertEquals(0, sink.length());
        agrees(JsonReader.standard(), b);
    }

    @Test
    void givesUpOnIllFormedUtf8InAString() {
        int[][] sequences = {
            {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF0, 0x80, 0x80, 0xAF},
            {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xE2, 0x82}, {0x80}, {0xBF}, {0xFF},
            {0xC3, 0x28}, {0xE2, 0x28, 0xA1},
        };
        for (int[] seq : sequences) {
            byte[] doc = new byte[seq.length + 4];
            doc[0] = '[';
            doc[1] = '"';
            for (int i = 0; i < seq.length; i++) {
                doc[2 + i] = (byte) seq[i];
            }
            doc[seq.length + 2] = '"';
            doc[seq.length + 3] = ']';
            assertNull(DirectPass.run(doc, 0, doc.length, 500, 2, new ByteSink(), true), java.util.Arrays.toString(seq));
            agrees(JsonReader.standard(), doc);
        }
        // a sequence cut short by the end of the input, with nothing after it to stop the decoder
        for (int[] cut : new int[][] {{0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x9A}}) {
            byte[] doc = new byte[cut.length + 2];
            doc[0] = '[';
            doc[1] = '"';
            for (int i = 0; i < cut.length; i++) {
                doc[2 + i] = (byte) cut[i];
            }
            assertNull(DirectPass.run(doc, 0, doc.length, 500, 2, new ByteSink(), true), java.util.Arrays.toString(cut));
        }
    }

    @Test
    void aKeySortsBeforeTheKeysItIsAPrefixOf() throws DecodeException {
        // a key sequence of its own each run, so the order is computed here, not remembered
        String tail = "z" + System.nanoTime();
        assertEquals("{\"a\":2,\"a \":1,\"a!\":3,\"ab\":4,\"" + tail + "\":5}",
                canonical("{\"a \": 1, \"a\": 2, \"a!\": 3, \"ab\": 4, \"" + tail + "\": 5}"));
    }

    @Test
    void decodesACharacterOutsideTheBmpAtEveryPlaceInAString() {
        // the decoder's buffer grows as it goes: a surrogate pair must fit wherever it falls
        for (int at = 0; at < 300; at++) {
            String doc = "[\"" + "x".repeat(at) + "\ud83d\ude80" + "y".repeat(at % 7) + "\\n\"]";
            assertTrue(agrees(JsonReader.standard(), doc.getBytes(StandardCharsets.UTF_8)), doc);
            // an escape first: the pair then arrives while decoding, not after a plain prefix
            String decoded = "[\"\\n" + "x".repeat(at) + "\ud83d\ude80\"]";
            assertTrue(agrees(JsonReader.standard(), decoded.getBytes(StandardCharsets.UTF_8)), decoded);
        }
    }

    @Test
    void rememberedOrdersApplyOnlyToTheSameKeyBytes() throws DecodeException {
        // same lengths and the same first and last bytes: one cache slot, different orders
        for (int pass = 0; pass < 3; pass++) {
            assertEquals("{\"aXc\":2,\"aYc\":1}", canonical("{\"aYc\":1,\"aXc\":2}"));
            assertEquals("{\"aXc\":1,\"aYc\":2}", canonical("{\"aXc\":1,\"aYc\":2}"));
            assertEquals("{\"aAc\":2,\"aZc\":1}", canonical("{\"aZc\":1,\"aAc\":2}"));
            // one slot again, and this time the remembered order would be wrong for the other keys
            assertEquals("{\"aXb\":3,\"aYb\":1,\"aZb\":2}", canonical("{\"aYb\":1,\"aZb\":2,\"aXb\":3}"));
            assertEquals("{\"aXb\":2,\"aYb\":3,\"aZb\":1}", canonical("{\"aZb\":1,\"aXb\":2,\"aYb\":3}"));
        }
    }

    private static String canonical(String doc) throws DecodeException {
        byte[] b = doc.getBytes(StandardCharsets.US_ASCII);
        ByteSink sink = new ByteSink();
        assertNotNull(DirectPass.run(b, 0, b.length, 500, 0, sink, false));
        return sink.toString();
    }
}
