package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.DecodeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Double layout against CPython's repr: the committed fixtures/doubles file, each text also read
 * back through the strict reader. Fast enough for PIT; {@link GeneratedDoublesTest} adds a
 * million random bit patterns from python3 at test time.
 */
class DoublesTest {
    @Test
    void committedDoublesMatchRepr() throws IOException {
        Path file = TestFiles.fixtures().resolve("doubles/doubles.txt.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            Tally t = check(in, true);
            assertTrue(t.lines >= 100_000, "only " + t.lines + " committed doubles");
            assertEquals(List.of(), t.mismatches, t.mismatchCount + " of " + t.lines + " doubles differ");
        }
    }

    static Tally check(InputStream in, boolean alsoRead) throws IOException {
        Tally t = new Tally();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            t.lines++;
            int comma = line.indexOf(',');
            long bits = Long.parseUnsignedLong(line, 0, comma, 16);
            String expected = line.substring(comma + 1);
            double d = Double.longBitsToDouble(bits);
            String python = FloatFormat.python(d);
            if (!python.equals(expected)) {
                t.miss(line + " -> python-json " + python);
                continue;
            }
            if (Double.isFinite(d)) {
                String es = FloatFormat.ecmascript(d);
                String want = EcmaScriptLayout.fromPythonRepr(expected);
                if (!es.equals(want)) {
                    t.miss(line + " -> jcs " + es + ", expected " + want);
                }
            }
            if (alsoRead) {
                readsBack(t, line, expected, d);
            }
        }
        return t;
    }

    // The text must read back through the strict reader as a float with the same bits.
    private static void readsBack(Tally t, String line, String text, double d) {
        try {
            JsonValue v = JsonReader.standard().read(text.getBytes(StandardCharsets.US_ASCII));
            boolean same = v instanceof JsonFloat
                    && (Double.isNaN(d) ? Double.isNaN(((JsonFloat) v).value())
                        : Double.doubleToRawLongBits(((JsonFloat) v).value()) == Double.doubleToRawLongBits(d));
            if (!same) {
                t.miss(line + " -> reads back as " + v);
            }
        } catch (DecodeException e) {
            t.miss(line + " -> refused: " + e.getMessage());
        }
    }

    static final class Tally {
        long lines;
        long mismatchCount;
        final List<String> mismatches = new ArrayList<>();

        void miss(String what) {
            mismatchCount++;
            if (mismatches.size() < 10) {
                mismatches.add(what);
            }
        }
    }
}
