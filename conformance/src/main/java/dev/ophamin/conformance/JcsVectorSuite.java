package dev.ophamin.conformance;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The RFC 8785 vectors: testdata/input/X.json canonicalises to testdata/output/X.json. */
final class JcsVectorSuite implements Suite {
    private final Path testdata;

    JcsVectorSuite(Path testdata) {
        this.testdata = testdata;
    }

    @Override
    public String name() {
        return "jcs-vectors";
    }

    @Override
    public String source() {
        return testdata.toString();
    }

    @Override
    public List<CaseResult> run() {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(testdata.resolve("input"))) {
            inputs = s.sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of(CaseResult.fail(testdata.toString(), "unreadable: " + e.getMessage()));
        }
        List<CaseResult> out = new ArrayList<>();
        for (Path in : inputs) {
            String n = in.getFileName().toString();
            try {
                byte[] got = Profile.JCS.encode(JsonReader.standard().read(Files2.bytes(in)));
                byte[] expected = Files2.bytes(testdata.resolve("output").resolve(n));
                out.add(Arrays.equals(got, expected) ? CaseResult.pass(n) : CaseResult.fail(n, "bytes differ"));
            } catch (DecodeException e) {
                out.add(CaseResult.fail(n, "refused: " + e.getMessage()));
            } catch (RuntimeException e) {
                out.add(CaseResult.fail(n, e.getMessage()));
            }
        }
        return out;
    }
}
