package dev.ophamin.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The benchmark inputs are valid, deterministic and of the requested size; the comparators agree on them. */
class InputsTest {
    @Test
    void everyKindParsesAtTheRequestedSize() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of(System.getProperty("ophamin.shared", "../shared"), "corpus")));
        for (String kind : new String[] {"records", "floats", "nested", "unicode"}) {
            for (int size : new int[] {1024, 65536}) {
                byte[] doc = Inputs.document(kind, size);
                assertTrue(doc.length >= size, kind + " " + size);
                assertTrue(JsonReader.standard().read(doc) instanceof JsonArray, kind);
                assertArrayEquals(doc, Inputs.document(kind, size), "deterministic");
            }
        }
    }

    @Test
    void benchmarksRunOnceAndComparatorsAgreeOnJcs() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of(System.getProperty("ophamin.shared", "../shared"), "corpus")));
        CanonicalBench b = new CanonicalBench();
        b.kind = "unicode";
        b.size = 4096;
        b.setUp();
        assertTrue(b.canonicalizePythonJson() > 0);
        byte[] ours = dev.ophamin.canonical.Profile.JCS.encode(b.parse());
        assertArrayEquals(ours, b.erdtmanJcs(), "our JCS equals erdtman's on the benchmark input");
        double[] xs = Inputs.doubles(100);
        assertEquals(100, xs.length);
        for (double x : xs) {
            assertTrue(Math.abs(x) >= Double.MIN_NORMAL);
        }
    }
}
