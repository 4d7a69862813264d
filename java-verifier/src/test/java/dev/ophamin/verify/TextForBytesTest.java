package dev.ophamin.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Where text stands for bytes, one spelling verifies and the others are refused (spec/RECORDS.md). */
class TextForBytesTest {
    private static final Path FIXTURES = Path.of(System.getProperty("ophamin.root", ".."), "fixtures", "records",
            "text-for-bytes.jsonl");

    @TestFactory
    Stream<DynamicTest> everyRecordFixtureIsJudgedAsItSays() throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES, StandardCharsets.US_ASCII);
        assertTrue(lines.size() >= 20, "fixtures: " + lines.size());
        return lines.stream().map(line -> {
            JsonObject f = read(line);
            String id = text(f, "id");
            return DynamicTest.dynamicTest(id, () -> {
                Verifier v = Verifier.builder().key(HmacKey.ofText("fixture", text(f, "key"))).build();
                VerificationResult r = v.verify(Base64.getDecoder().decode(text(f, "record_b64")));
                assertTrue(r.isRecord(), id + ": " + r.error());
                assertEquals(text(f, "expect").equals("ok"), r.ok(), id + ": " + text(f, "note") + " -> " + r.reasons());
            });
        });
    }

    @Test
    void canonicalBase64IsTheOnlySpellingAccepted() {
        Random rnd = new Random(20261205L);
        for (int n = 0; n < 70; n++) {
            byte[] bytes = new byte[n];
            rnd.nextBytes(bytes);
            String canonical = Base64.getEncoder().encodeToString(bytes);
            assertEquals(java.util.Arrays.toString(bytes), java.util.Arrays.toString(Base64Text.decodeOrNull(canonical)));
            if (canonical.endsWith("=")) {
                assertNull(Base64Text.decodeOrNull(canonical.replace("=", "")), "unpadded " + canonical);
                int p = canonical.indexOf('=') - 1;
                char last = canonical.charAt(p);
                String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                String spare = canonical.substring(0, p) + alphabet.charAt(alphabet.indexOf(last) | 1) + canonical.substring(p + 1);
                assertNull(Base64Text.decodeOrNull(spare), "spare bits " + spare);
            }
            assertNull(Base64Text.decodeOrNull(canonical + "===="), "more padding");
            assertNull(Base64Text.decodeOrNull(canonical + "\n"), "newline");
            if (n > 3) {
                assertNull(Base64Text.decodeOrNull(canonical.substring(0, 2) + " " + canonical.substring(2)), "space");
                String url = Base64.getUrlEncoder().encodeToString(bytes);
                if (!url.equals(canonical)) {
                    assertNull(Base64Text.decodeOrNull(url), "url-safe " + url);
                }
            }
        }
        assertEquals(0, Base64Text.decodeOrNull("").length);
        assertNull(Base64Text.decodeOrNull("===="));
        assertNull(Base64Text.decodeOrNull("A==="));
    }

    private static JsonObject read(String line) {
        try {
            return (JsonObject) JsonReader.standard().read(line.getBytes(StandardCharsets.US_ASCII));
        } catch (dev.ophamin.DecodeException e) {
            throw new IllegalStateException(FIXTURES + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject o, String key) {
        return ((JsonString) o.get(key)).value();
    }
}
