package dev.ophamin.conformance;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.Profile;
import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The reference's own fixtures: NAME.input.json, NAME.canonical.bytes, NAME.hmac_sha256.hex. */
final class ReferenceFixtureSuite implements Suite {
    private final Path dir;

    ReferenceFixtureSuite(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "reference-fixtures";
    }

    @Override
    public String source() {
        return dir.toString();
    }

    @Override
    public List<CaseResult> run() {
        List<String> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".input.json"))
                    .map(n -> n.substring(0, n.length() - ".input.json".length())).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            return List.of(CaseResult.fail(dir.toString(), "unreadable: " + e.getMessage()));
        }
        HmacKey key = HmacKey.ofText("fixture", ProjectFixtureSuite.KEY);
        List<CaseResult> out = new ArrayList<>();
        for (String n : names) {
            try {
                byte[] got = Profile.PYTHON_JSON.canonicalize(Files2.bytes(dir.resolve(n + ".input.json")));
                byte[] expected = Files2.bytes(dir.resolve(n + ".canonical.bytes"));
                String hmac = new String(Files2.bytes(dir.resolve(n + ".hmac_sha256.hex")), StandardCharsets.US_ASCII).trim();
                if (!Arrays.equals(got, expected)) {
                    out.add(CaseResult.fail(n, "canonical bytes differ"));
                } else if (!key.hexMac(got, 0, got.length).equals(hmac)) {
                    out.add(CaseResult.fail(n, "HMAC differs"));
                } else {
                    out.add(CaseResult.pass(n));
                }
            } catch (DecodeException e) {
                out.add(CaseResult.fail(n, "refused: " + e.getMessage()));
            } catch (RuntimeException e) {
                out.add(CaseResult.fail(n, e.getMessage()));
            }
        }
        return out;
    }
}
