package dev.ophamin.conformance;

import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.SignatureOutcome;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every file listed in a corpus MANIFEST.tsv ({@code path kind expect key}) judged as the row says:
 * {@code verifies} (ok, with the named key), {@code unsigned} (id holds, signature empty),
 * {@code rejects} (a record that is not ok), {@code not-a-record}. Fixture rows are judged by the
 * reference-fixtures suite. New rows are picked up without code changes.
 */
final class ShippedRecordSuite implements Suite {
    private static final Verifier DEFAULT = Verifier.builder().build();
    private final Path dir;

    ShippedRecordSuite(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "shipped-records";
    }

    @Override
    public String source() {
        return dir.resolve("MANIFEST.tsv").toString();
    }

    @Override
    public List<CaseResult> run() {
        List<CaseResult> out = new ArrayList<>();
        List<String> lines = Files2.lines(dir.resolve("MANIFEST.tsv"));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t", -1);
            if (line.isBlank() || f.length < 3 || f[2].equals("fixture")) {
                continue;
            }
            String key = f.length > 3 ? f[3] : "";
            Path file = dir.resolve(f[0]);
            if (!Files.isRegularFile(file)) {
                out.add(CaseResult.fail(f[0], "listed in MANIFEST.tsv but missing"));
                continue;
            }
            out.add(judge(f[0], f[1], f[2], key, Files2.bytes(file)));
        }
        return out;
    }

    static CaseResult judge(String name, String kind, String expect, String key, byte[] bytes) {
        switch (expect) {
            case "verifies": {
                VerificationResult r = Verifier.builder().key(HmacKey.ofText("manifest", key)).build().verify(bytes);
                if (!r.ok()) {
                    return CaseResult.fail(name, "expected to verify: " + String.join("; ", r.reasons()));
                }
                if (!r.kind().id().equals(kind)) {
                    return CaseResult.fail(name, "detected as " + r.kind().id() + ", manifest says " + kind);
                }
                String label = key.equals(r.kind().defaultKey()) ? "default" : "manifest";
                return label.equals(r.keyLabel()) ? CaseResult.pass(name)
                        : CaseResult.fail(name, "verified with " + r.keyLabel() + ", expected " + label);
            }
            case "unsigned": {
                VerificationResult r = DEFAULT.verify(bytes);
                return r.signature() == SignatureOutcome.UNSIGNED && r.idOk() && !r.ok()
                        ? CaseResult.pass(name) : CaseResult.fail(name, "expected unsigned with a matching id: "
                        + (r.isRecord() ? r.signature().label() : r.error()));
            }
            case "rejects": {
                VerificationResult r = DEFAULT.verify(bytes);
                return r.isRecord() && !r.ok() ? CaseResult.pass(name)
                        : CaseResult.fail(name, r.isRecord() ? "expected a rejection, verified" : "not read as a record");
            }
            case "not-a-record": {
                VerificationResult r = DEFAULT.verify(bytes);
                return r.isRecord() ? CaseResult.fail(name, "read as a " + r.kind().id()) : CaseResult.pass(name);
            }
            default:
                return CaseResult.fail(name, "unknown expectation '" + expect + "' in MANIFEST.tsv");
        }
    }
}
