package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.ophamin.DecodeException;
import dev.ophamin.verify.HmacKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every document of fixtures/canonical/: accepted ones byte for byte, refused ones by rule. */
class CanonicalFixturesTest {
    private static final HmacKey FIXTURE_KEY = HmacKey.ofText("fixture key", "ophamin-canonical-test-key-v1");
    /** Violations that only the jcs profile raises; python-json accepts such input. */
    static final Set<Violation> JCS_ONLY = EnumSet.of(
            Violation.NON_FINITE_NUMBER, Violation.LONE_SURROGATE, Violation.INTEGER_PRECISION);

    private static final List<JsonObject> ACCEPTED =
            TestFiles.jsonLines(TestFiles.fixtures().resolve("canonical/accepted.jsonl"));
    private static final List<JsonObject> REFUSED =
            TestFiles.jsonLines(TestFiles.fixtures().resolve("canonical/refused.jsonl"));

    @TestFactory
    Stream<DynamicTest> acceptedDocuments() {
        return ACCEPTED.stream().map(f -> dynamicTest(TestFiles.str(f, "id"), () -> {
            byte[] input = Base64.getDecoder().decode(TestFiles.str(f, "input_b64"));
            JsonValue v = JsonReader.standard().read(input);
            byte[] python = Profile.PYTHON_JSON.encode(v);
            assertEquals(TestFiles.str(f, "python_json"), new String(python, StandardCharsets.UTF_8), "python-json");
            assertEquals(TestFiles.str(f, "hmac_sha256"), FIXTURE_KEY.hexMac(python, 0, python.length), "hmac");
            String jcs = TestFiles.str(f, "jcs");
            if (jcs != null) {
                assertArrayEquals(jcs.getBytes(StandardCharsets.UTF_8), Profile.JCS.encode(v), "jcs");
            } else {
                DecodeException e = assertThrows(DecodeException.class, () -> Profile.JCS.encode(v));
                assertTrue(JCS_ONLY.contains(e.violation()), e.getMessage());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> refusedDocuments() {
        return REFUSED.stream().map(f -> dynamicTest(TestFiles.str(f, "id"), () -> {
            byte[] input = Base64.getDecoder().decode(TestFiles.str(f, "input_b64"));
            Violation expected = byCode(TestFiles.str(f, "violation"));
            DecodeException e;
            if (JCS_ONLY.contains(expected)) {
                JsonValue v = JsonReader.standard().read(input);
                Profile.PYTHON_JSON.encode(v);
                e = assertThrows(DecodeException.class, () -> Profile.JCS.encode(v));
            } else {
                e = assertThrows(DecodeException.class, () -> JsonReader.standard().read(input));
            }
            assertEquals(expected, e.violation(), e.getMessage());
        }));
    }

    @Test
    void everyViolationHasARefusedFixture() {
        Set<String> seen = REFUSED.stream().map(f -> TestFiles.str(f, "violation")).collect(Collectors.toSet());
        Set<String> all = Stream.of(Violation.values()).map(Violation::code).collect(Collectors.toCollection(TreeSet::new));
        all.removeAll(seen);
        assertEquals(Set.of(), all, "violations without a refused fixture");
    }

    @Test
    void enoughAcceptedDocumentsAndEveryJcsOutcome() {
        assertTrue(ACCEPTED.size() >= 300, "only " + ACCEPTED.size() + " accepted documents");
        long jcsNull = ACCEPTED.stream().filter(f -> TestFiles.str(f, "jcs") == null).count();
        assertTrue(jcsNull > 0 && jcsNull < ACCEPTED.size(), "jcs refusals: " + jcsNull);
    }

    static Violation byCode(String code) {
        for (Violation v : Violation.values()) {
            if (v.code().equals(code)) {
                return v;
            }
        }
        throw new AssertionError("fixture names an unknown violation: " + code);
    }
}
