package dev.ophamin.conformance;

import dev.ophamin.canonical.FloatFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        try {
            Files2.doubles(file, c -> {
                String got = FloatFormat.python(c.value());
                // only failures are kept in full; passes are counted, not stored with detail
                out.add(got.equals(c.repr()) ? CaseResult.pass(c.hex())
                        : CaseResult.fail(c.hex(), "got " + got + ", expected " + c.repr()));
            });
        } catch (IOException e) {
            out.add(CaseResult.fail(file.toString(), "unreadable: " + e.getMessage()));
        }
        return out;
    }
}
