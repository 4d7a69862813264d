package dev.ophamin.conformance;

import dev.ophamin.canonical.FloatFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** fixtures/doubles/doubles.txt.gz: {@code hexbits,python-repr} lines. */
final class DoublesSuite implements Suite {
    private final Path file;

    DoublesSuite(Path fixturesDir) {
        this.file = fixturesDir.resolve("doubles").resolve("doubles.txt.gz");
    }

    @Override
    public String name() {
        return "doubles";
    }

    @Override
    public String source() {
        return file.toString();
    }

    @Override
    public List<CaseResult> run() {
        List<CaseResult> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma < 0) {
                    continue;
                }
                String hex = line.substring(0, comma);
                String expected = line.substring(comma + 1);
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
                String got = FloatFormat.python(d);
                // only failures are kept in full; passes are counted, not stored with detail
                out.add(got.equals(expected) ? CaseResult.pass(hex) : CaseResult.fail(hex, "got " + got + ", expected " + expected));
            }
        } catch (IOException e) {
            out.add(CaseResult.fail(file.toString(), "unreadable: " + e.getMessage()));
        }
        return out;
    }
}
