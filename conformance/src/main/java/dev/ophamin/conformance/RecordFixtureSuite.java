package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * fixtures/records/text-for-bytes.jsonl: record files that differ from a correct one only in how
 * an id, a MAC, a key or a base64 field is spelled, each to be verified ({@code expect: ok}) or
 * refused ({@code expect: refused}) under the fixture's key.
 */
final class RecordFixtureSuite implements Suite {
    static final String FILE = "records/text-for-bytes.jsonl";
    private final Path file;

    RecordFixtureSuite(Path fixtures) {
        this.file = fixtures.resolve(FILE);
    }

    @Override
    public String name() {
        return "text-for-bytes";
    }

    @Override
    public String source() {
        return file.toString();
    }

    @Override
    public List<CaseResult> run() {
        return cases(file, (key, record) -> {
            VerificationResult r = Verifier.builder().key(HmacKey.ofText("fixture", key)).build().verify(record);
            return r.ok() ? Implementation.Response.ok(new byte[0])
                    : Implementation.Response.refused(String.join("; ", r.reasons()));
        });
    }

    /** Every fixture judged on what {@code verify} answers for its key text and record bytes. */
    static List<CaseResult> cases(Path file, BiFunction<String, byte[], Implementation.Response> verify) {
        List<CaseResult> out = new ArrayList<>();
        for (String line : Files2.lines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject c = Files2.jsonLine(line);
            String id = Files2.str(c, "id");
            boolean shouldVerify = Files2.str(c, "expect").equals("ok");
            Implementation.Response r = verify.apply(Files2.str(c, "key"),
                    Base64.getDecoder().decode(Files2.str(c, "record_b64")));
            out.add(switch (r.kind()) {
                case UNSUPPORTED -> CaseResult.unsupported(id);
                case OK -> shouldVerify ? CaseResult.pass(id)
                        : CaseResult.fail(id, "verified, expected a refusal (" + Files2.str(c, "note") + ")");
                default -> shouldVerify ? CaseResult.fail(id, "refused " + r.reason() + ", expected to verify")
                        : CaseResult.pass(id);
            });
        }
        return out;
    }
}
