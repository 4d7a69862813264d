package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.DecodeException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contracts of small pieces that PIT found held by nothing: each assertion pins one of them. */
class SmallContractsTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void factoriesAndAccessorsGiveWhatTheyNameAndTheSinkWritesItsBytes() throws Exception {
        assertEquals("x", JsonString.of("x").value());
        assertEquals(2.5, JsonFloat.of(2.5).value());
        assertSame(JsonBool.TRUE, JsonBool.of(true));
        assertSame(JsonBool.FALSE, JsonBool.of(false));
        assertEquals(JsonInt.of(7), JsonArray.of(JsonInt.of(6), JsonInt.of(7)).get(1));
        ByteSink sink = new ByteSink(16);
        sink.write(utf8("abc"), 0, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sink.writeTo(out);
        assertEquals("abc", out.toString(StandardCharsets.UTF_8));
        assertEquals("1.5", FloatFormat.python(1.5));
        assertEquals("-1e-05", FloatFormat.python(-0.00001));
        assertEquals("1e+16", FloatFormat.python(1e16));
    }

    @Test
    void theIndentedLayoutIsTheReferencesFileLayoutToTheByte() {
        JsonObject v = JsonObject.builder().put("b", JsonArray.of(JsonInt.of(1), JsonObject.builder().put("c", "d").build()))
                .put("a", JsonObject.EMPTY).put("e", JsonArray.EMPTY).build();
        assertEquals("{\n  \"b\": [\n    1,\n    {\n      \"c\": \"d\"\n    }\n  ],\n  \"a\": {},\n  \"e\": []\n}",
                new String(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.INDENT2), StandardCharsets.UTF_8));
        // the sorted layouts sort what is out of order and leave ordered members as they are
        assertEquals("{\"a\":{},\"b\":[1,{\"c\":\"d\"}],\"e\":[]}",
                new String(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8));
        JsonObject sorted = JsonObject.builder().put("a", 1L).put("b", 2L).build();
        assertEquals("{\"a\": 1, \"b\": 2}", new String(PythonJsonWriter.toBytes(sorted,
                PythonJsonWriter.Layout.CANONICAL_SPACED), StandardCharsets.UTF_8));
    }

    @Test
    void refusalsSayWhereOnWhichLine() {
        DecodeException dup = assertThrows(DecodeException.class,
                () -> JsonReader.standard().read(utf8("{\n\"a\": 1,\n \"a\": 2}")));
        assertEquals(3, dup.line());
        DecodeException bad = assertThrows(DecodeException.class,
                () -> JsonReader.standard().read(new byte[] {'[', '\n', '\n', '"', (byte) 0xC0, '"', ']'}));
        assertEquals(Violation.INVALID_UTF8, bad.violation());
        assertEquals(4, bad.byteOffset());
        assertEquals(3, bad.line());
        assertEquals(2, bad.column());
        // only the three bytes of a BOM are still a BOM, not an empty document
        DecodeException bom = assertThrows(DecodeException.class,
                () -> JsonReader.standard().read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertEquals(Violation.BOM, bom.violation());
        // a long repeated key is shortened in the message
        String key = "k".repeat(100);
        DecodeException longKey = assertThrows(DecodeException.class,
                () -> JsonReader.standard().read(utf8("{\"" + key + "\":1,\"" + key + "\":2}")));
        assertTrue(longKey.getMessage().contains("k".repeat(57) + "..."), longKey.getMessage());
        assertTrue(!longKey.getMessage().contains(key), "not the whole key");
        // a number cut short is an invalid number, other truncations are syntax
        for (String cut : List.of("[1e", "[-", "{\"a\": 1.5e+", "1E")) {
            DecodeException e = assertThrows(DecodeException.class, () -> JsonReader.standard().read(utf8(cut)));
            assertEquals(Violation.INVALID_NUMBER, e.violation(), cut);
        }
        for (String cut : List.of("[\"e", "{\"a\":", "[tru")) {
            DecodeException e = assertThrows(DecodeException.class, () -> JsonReader.standard().read(utf8(cut)));
            assertTrue(e.violation() != Violation.INVALID_NUMBER, cut + ": " + e.violation());
        }
    }

    @Test
    void illFormedUtf8IsReportedAtTheByteThatStartsIt() {
        Object[][] cases = {
            {new byte[] {'"', 'a', 'b', (byte) 0xE2, (byte) 0x82}, 3},                      // cut short at the end
            {new byte[] {'"', (byte) 0xF5, (byte) 0x80, '"'}, 1},                            // no such lead byte
            {new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0x80, '"'}, 1},               // overlong
            {new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, 1},               // a surrogate
            {new byte[] {'"', (byte) 0xE2, (byte) 0x28, (byte) 0xA1, '"'}, 1},               // second byte not a continuation
            {new byte[] {'"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x28, '"'}, 1},  // fourth byte not one
            {new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, 1},  // above U+10FFFF
        };
        for (Object[] c : cases) {
            DecodeException e = assertThrows(DecodeException.class, () -> JsonReader.standard().read((byte[]) c[0]));
            assertEquals(Violation.INVALID_UTF8, e.violation());
            assertEquals((long) (int) (Integer) c[1], e.byteOffset(), java.util.Arrays.toString((byte[]) c[0]));
        }
        // after runs of ASCII read eight bytes at a time, at and around the eight-byte boundaries
        for (int prefix = 5; prefix <= 18; prefix++) {
            byte[] b = new byte[prefix + 2];
            b[0] = '"';
            java.util.Arrays.fill(b, 1, prefix, (byte) 'x');
            b[prefix] = (byte) 0xC3;      // a two-byte lead with its continuation missing: the closing quote
            b[prefix + 1] = '"';
            DecodeException e = assertThrows(DecodeException.class, () -> JsonReader.standard().read(b));
            assertEquals(prefix, e.byteOffset(), "after " + prefix + " bytes");
        }
    }

    @Test
    void keysAboveTheSurrogatesSortByCodePointWhenTheyArriveOutOfOrder() throws Exception {
        byte[] in = utf8("{\"\ud83d\ude80\": 1, \"\ue000\": 2}");
        assertEquals("{\"\\ue000\":2,\"\\ud83d\\ude80\":1}", new String(Profile.PYTHON_JSON.canonicalize(in), StandardCharsets.UTF_8));
        byte[] ordered = utf8("{\"\ue000\": 2, \"\ud83d\ude80\": 1}");
        assertEquals("{\"\\ue000\":2,\"\\ud83d\\ude80\":1}", new String(Profile.PYTHON_JSON.canonicalize(ordered), StandardCharsets.UTF_8));
    }

    @Test
    void bothFloatLayoutsAtTheirBoundaries() {
        assertEquals("0.0001", FloatFormat.python(1e-4));
        assertEquals("9.999999999999999e-05", FloatFormat.python(9.999999999999999e-05));
        assertEquals("9999999999999998.0", FloatFormat.python(9999999999999998.0));
        assertEquals("1e+100", FloatFormat.python(1e100));
        assertEquals("-2.5e-300", FloatFormat.python(-2.5e-300));
        assertEquals("0.5", FloatFormat.ecmascript(0.5));
        assertEquals("-1.5", FloatFormat.ecmascript(-1.5));
        assertEquals("123.456", FloatFormat.ecmascript(123.456));
        assertEquals("100000000000000000000", FloatFormat.ecmascript(1e20));
        assertEquals("1e+21", FloatFormat.ecmascript(1e21));
        assertEquals("0.000001", FloatFormat.ecmascript(1e-6));
        assertEquals("1e-7", FloatFormat.ecmascript(1e-7));
        assertEquals("1.5e-7", FloatFormat.ecmascript(1.5e-7));
    }

    @Test
    void refusalMessagesAndOffsetsInDetail() {
        DecodeException bad = assertThrows(DecodeException.class,
                () -> JsonReader.standard().read(new byte[] {'"', (byte) 0xC0, '"'}));
        assertTrue(bad.getMessage().contains("byte 0xc0"), bad.getMessage());
        // a document inside a larger array: offsets count from its start
        byte[] framed = {'x', 'x', 'x', '[', '\n', (byte) 0xFF, ']', 'y'};
        DecodeException inner = assertThrows(DecodeException.class, () -> JsonReader.standard().read(framed, 3, 4));
        assertEquals(2, inner.byteOffset());
        assertEquals(2, inner.line());
        assertEquals(1, inner.column());
        String sixty = "k".repeat(60);
        DecodeException whole = assertThrows(DecodeException.class,
                () -> JsonReader.standard().read(utf8("{\"" + sixty + "\":1,\"" + sixty + "\":2}")));
        assertTrue(whole.getMessage().contains("\"" + sixty + "\""), "a 60-character key is shown whole");
        // numbers cut short at the very start, and a literal cut short, which is no number
        for (String cut : List.of("-", "1e", "[0e", "[9e", "[1, -")) {
            assertEquals(Violation.INVALID_NUMBER, assertThrows(DecodeException.class,
                    () -> JsonReader.standard().read(utf8(cut))).violation(), cut);
        }
        for (String cut : List.of("[true", "[x-")) {
            assertEquals(Violation.SYNTAX, assertThrows(DecodeException.class,
                    () -> JsonReader.standard().read(utf8(cut))).violation(), cut);
        }
        // a refused document leaves the sink as it was
        ByteSink sink = new ByteSink(8);
        sink.write(utf8("kept"), 0, 4);
        assertThrows(DecodeException.class, () -> Profile.PYTHON_JSON.canonicalize(JsonReader.standard(),
                utf8("{\"a\":1,\"a\":2}"), 0, 13, sink));
        assertEquals("kept", sink.toString());
        assertThrows(DecodeException.class, () -> Profile.JCS.canonicalize(JsonReader.standard(), utf8("[1e400]"), 0, 7, sink));
        assertEquals("kept", sink.toString());
    }

    @Test
    void jcsNamesTheIntegerItRefusesShortened() {
        BigInteger big = BigInteger.TEN.pow(60).add(BigInteger.ONE);
        DecodeException e = assertThrows(DecodeException.class, () -> Profile.JCS.encode(JsonInt.of(big)));
        assertEquals(Violation.INTEGER_PRECISION, e.violation());
        String digits = big.toString();
        assertTrue(e.getMessage().contains(digits.substring(0, 20) + "..." + digits.substring(digits.length() - 10)),
                e.getMessage());
        DecodeException shortOne = assertThrows(DecodeException.class,
                () -> Profile.JCS.encode(JsonInt.of(BigInteger.valueOf(2).pow(53).add(BigInteger.ONE))));
        assertTrue(shortOne.getMessage().contains("9007199254740993"), shortOne.getMessage());
        BigInteger forty = BigInteger.TEN.pow(39).add(BigInteger.ONE);     // 40 digits: shown whole
        DecodeException e40 = assertThrows(DecodeException.class, () -> Profile.JCS.encode(JsonInt.of(forty)));
        assertTrue(e40.getMessage().contains(forty.toString()), e40.getMessage());
    }
}
