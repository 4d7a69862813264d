package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Vectors published by others, read from the shared corpus: the reference's own five and RFC 8785's. */
class ReferenceVectorsTest {
    private static final HmacKey FIXTURE_KEY = HmacKey.ofText("fixture key", "ophamin-canonical-test-key-v1");

    @TestFactory
    Stream<DynamicTest> referenceCanonicalFixtures() throws IOException {
        Path dir = TestFiles.shared("corpus/ophamin/tests/canonical_form");
        List<Path> inputs = list(dir, ".input.json");
        assertEquals(5, inputs.size(), "the reference ships five canonical fixtures");
        return inputs.stream().map(input -> {
            String name = input.getFileName().toString().replace(".input.json", "");
            return dynamicTest(name, () -> {
                byte[] canonical = Profile.PYTHON_JSON.encode(JsonReader.standard().read(Files.readAllBytes(input)));
                assertArrayEquals(Files.readAllBytes(dir.resolve(name + ".canonical.bytes")), canonical);
                String hex = Files.readString(dir.resolve(name + ".hmac_sha256.hex"), StandardCharsets.US_ASCII).trim();
                assertEquals(hex, FIXTURE_KEY.hexMac(canonical, 0, canonical.length));
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> rfc8785Vectors() throws IOException {
        Path data = TestFiles.shared("corpus/jcs-testdata/testdata");
        List<Path> inputs = list(data.resolve("input"), ".json");
        assertEquals(6, inputs.size(), "RFC 8785 ships six vectors");
        return inputs.stream().map(input -> {
            String name = input.getFileName().toString();
            return dynamicTest(name, () -> {
                byte[] jcs = Profile.JCS.encode(JsonReader.standard().read(Files.readAllBytes(input)));
                assertArrayEquals(Files.readAllBytes(data.resolve("output").resolve(name)), jcs, "output/" + name);
                String outhex = Files.readString(data.resolve("outhex").resolve(name.replace(".json", ".txt")),
                        StandardCharsets.US_ASCII);
                assertEquals(outhex.replaceAll("\\s+", ""), hex(jcs), "outhex/" + name);
            });
        });
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xFF));
        }
        return sb.toString();
    }
}
