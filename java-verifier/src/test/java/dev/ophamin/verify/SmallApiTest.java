package dev.ophamin.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.ByteSink;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.Profile;
import dev.ophamin.canonical.Violation;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small public pieces of the kit, held to their documented behaviour at their edges (PIT found them untested). */
class SmallApiTest {
    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theReadersDepthLimitIsSetAndChecked() throws DecodeException {
        JsonReader two = JsonReader.builder().maxDepth(2).build();
        assertEquals(2, two.maxDepth());
        assertEquals(JsonArray.of(JsonArray.EMPTY), two.read(b("[[]]")));
        DecodeException e = assertThrows(DecodeException.class, () -> two.read(b("[[[]]]")));
        assertEquals(Violation.DEPTH_LIMIT, e.violation());
        assertEquals(1, JsonReader.builder().maxDepth(1).build().maxDepth());
        assertThrows(IllegalArgumentException.class, () -> JsonReader.builder().maxDepth(0));
        assertEquals(JsonReader.DEFAULT_MAX_DEPTH, JsonReader.builder().build().maxDepth());
    }

    @Test
    void integersStayLongWhileTheyFitAndCompareByValue() {
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
        assertTrue(JsonInt.of(max).fitsLong());
        assertTrue(JsonInt.of(min).fitsLong());
        assertFalse(JsonInt.of(max.add(BigInteger.ONE)).fitsLong());
        assertFalse(JsonInt.of(min.subtract(BigInteger.ONE)).fitsLong());
        assertEquals(JsonInt.of(Long.MAX_VALUE), JsonInt.of(max));
        assertEquals(JsonInt.of(7).hashCode(), JsonInt.of(BigInteger.valueOf(7)).hashCode());
        assertNotEquals(JsonInt.of(7), JsonInt.of(8));
        assertNotEquals(JsonInt.of(max.add(BigInteger.ONE)), JsonInt.of(max.add(BigInteger.TWO)));
        assertNotEquals(JsonInt.of(7), new JsonString("7"));
        assertEquals(max.add(BigInteger.ONE), JsonInt.of(max.add(BigInteger.ONE)).bigValue());
        assertThrows(IllegalArgumentException.class, () -> JsonInt.of(BigInteger.TEN.pow(JsonInt.MAX_DIGITS)));
        assertEquals(JsonInt.MAX_DIGITS, JsonInt.of(BigInteger.TEN.pow(JsonInt.MAX_DIGITS - 1)).bigValue().toString().length());
    }

    @Test
    void objectsCompareByMembersAndTheBuilderRefusesRepeats() {
        JsonObject a = JsonObject.builder().put("x", "1").put("n", 2L).put("f", 0.5).put("t", true).build();
        JsonObject same = JsonObject.builder().put("x", "1").put("n", 2L).put("f", 0.5).put("t", true).build();
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, a.with("x", new JsonString("2")));
        assertTrue(a.toString().contains("x"));
        JsonObject.Builder b = JsonObject.builder();
        assertFalse(b.has("k"));
        assertTrue(b.tryPut("k", new JsonString("v")));
        assertTrue(b.has("k"));
        assertFalse(b.tryPut("k", new JsonString("w")), "a repeated key is refused");
        assertEquals(new JsonString("v"), b.build().get("k"));
    }

    @Test
    void profilesByNameAndIntoASink() throws DecodeException {
        assertEquals(Profile.PYTHON_JSON, Profile.byId("python-json"));
        assertEquals(Profile.JCS, Profile.byId("jcs"));
        assertEquals("python-json", Profile.PYTHON_JSON.id());
        assertEquals("jcs", Profile.JCS.id());
        assertThrows(IllegalArgumentException.class, () -> Profile.byId("json"));
        byte[] buf = b("xx{\"b\": 1, \"a\": 1.0}yy");
        for (Profile p : Profile.values()) {
            ByteSink sink = new ByteSink();
            sink.write('>');
            p.canonicalize(JsonReader.standard(), buf, 2, buf.length - 4, sink);
            assertEquals(p == Profile.JCS ? ">{\"a\":1,\"b\":1}" : ">{\"a\":1.0,\"b\":1}", sink.toString());
            byte[] bad = b("{\"a\": 1, \"a\": 2}");
            assertThrows(DecodeException.class, () -> p.canonicalize(JsonReader.standard(), bad, 0, bad.length, sink));
            assertEquals(p == Profile.JCS ? ">{\"a\":1,\"b\":1}" : ">{\"a\":1.0,\"b\":1}", sink.toString(), "untouched on refusal");
        }
        assertArrayEquals(b("[]"), Profile.JCS.canonicalize(b(" [ ] ")));
    }

    @Test
    void trustedAuthorsParseStrictlyAndCompareKeysInAnyCase() throws DecodeException {
        String key = "ab".repeat(32);
        TrustedAuthors t = TrustedAuthors.parse(b("{\"alice\": \"" + key.toUpperCase() + "\"}"));
        assertEquals(Map.of("alice", key), t.asMap());
        assertTrue(t.trusts("alice", key));
        assertTrue(t.trusts("alice", key.toUpperCase()));
        assertFalse(t.trusts("alice", "cd".repeat(32)));
        assertFalse(t.trusts("bob", key));
        for (String bad : List.of("[]", "{\"alice\": 1}", "{\"alice\": \"abcd\"}", "{\"alice\": \"" + "zz".repeat(32) + "\"}")) {
            assertThrows(IllegalArgumentException.class, () -> TrustedAuthors.parse(b(bad)), bad);
        }
    }

    @Test
    void theIntegerKeyHintNamesTheObjectWhoseOrdersDiffer() {
        JsonObject numeric = JsonObject.builder().put("10", 1L).put("9", 2L).build();
        JsonObject sameOrder = JsonObject.builder().put("1", 1L).put("2", 2L).build();
        JsonObject words = JsonObject.builder().put("10", 1L).put("x", 2L).build();
        JsonObject single = JsonObject.builder().put("10", 1L).build();
        assertTrue(IntegerKeyHint.find(numeric).contains("the top level"), IntegerKeyHint.find(numeric));
        assertNull(IntegerKeyHint.find(sameOrder));
        assertNull(IntegerKeyHint.find(words));
        assertNull(IntegerKeyHint.find(single));
        JsonObject nested = JsonObject.builder().put("a", new JsonArray(List.of(JsonObject.EMPTY, numeric))).build();
        assertTrue(IntegerKeyHint.find(nested).contains("a[1]"), IntegerKeyHint.find(nested));
        JsonObject deeper = JsonObject.builder().put("a", JsonObject.builder().put("b", numeric).build()).build();
        assertTrue(IntegerKeyHint.find(deeper).contains("a.b"), IntegerKeyHint.find(deeper));
        JsonObject negative = JsonObject.builder().put("-1", 1L).put("-2", 2L).build();
        assertTrue(IntegerKeyHint.find(negative) != null, "\"-1\" < \"-2\" as text, -2 < -1 as numbers");
    }
}
