package dev.ophamin.conformance;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.Profile;
import dev.ophamin.verify.HmacKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The project's canonical fixtures: fixtures/canonical/accepted.jsonl and refused.jsonl. */
final class ProjectFixtureSuite implements Suite {
    static final String KEY = "ophamin-canonical-test-key-v1";
    private final Path dir;

    ProjectFixtureSuite(Path fixturesDir) {
        this.dir = fixturesDir.resolve("canonical");
    }

    @Override
    public String name() {
        return "canonical-fixtures";
    }

    @Override
    public String source() {
        return dir.toString();
    }

    @Override
    public List<CaseResult> run() {
        List<CaseResult> out = new ArrayList<>();
        HmacKey key = HmacKey.ofText("fixture", KEY);
        for (String line : Files2.lines(dir.resolve("accepted.jsonl"))) {
            if (!line.isBlank()) {
                out.add(accepted(Files2.jsonLine(line), key));
            }
        }
        for (String line : Files2.lines(dir.resolve("refused.jsonl"))) {
            if (!line.isBlank()) {
                out.add(refused(Files2.jsonLine(line)));
            }
        }
        return out;
    }

    private static CaseResult accepted(JsonObject c, HmacKey key) {
        String id = Files2.str(c, "id");
        JsonValue v;
        try {
            v = JsonReader.standard().read(Base64.getDecoder().decode(Files2.str(c, "input_b64")));
        } catch (DecodeException e) {
            return CaseResult.fail(id, "refused: " + e.getMessage());
        }
        try {
            String py = new String(Profile.PYTHON_JSON.encode(v), StandardCharsets.UTF_8);
            if (!py.equals(Files2.str(c, "python_json"))) {
                return CaseResult.fail(id, "python-json bytes differ: got " + abbreviate(py));
            }
            String streamed = new String(Profile.PYTHON_JSON.canonicalize(
                    Base64.getDecoder().decode(Files2.str(c, "input_b64"))), StandardCharsets.UTF_8);
            if (!streamed.equals(py)) {
                return CaseResult.fail(id, "streamed python-json bytes differ: got " + abbreviate(streamed));
            }
            byte[] b = py.getBytes(StandardCharsets.UTF_8);
            if (!key.hexMac(b, 0, b.length).equals(Files2.str(c, "hmac_sha256"))) {
                return CaseResult.fail(id, "HMAC differs");
            }
        } catch (DecodeException e) {
            return CaseResult.fail(id, "python-json refused: " + e.getMessage());
        }
        String jcs = Files2.str(c, "jcs");
        try {
            String got = new String(Profile.JCS.encode(v), StandardCharsets.UTF_8);
            if (jcs == null) {
                return CaseResult.fail(id, "jcs should refuse, wrote " + abbreviate(got));
            }
            if (!got.equals(jcs)) {
                return CaseResult.fail(id, "jcs bytes differ: got " + abbreviate(got));
            }
        } catch (DecodeException e) {
            if (jcs != null) {
                return CaseResult.fail(id, "jcs refused: " + e.getMessage());
            }
        }
        return CaseResult.pass(id);
    }

    private static CaseResult refused(JsonObject c) {
        String id = Files2.str(c, "id");
        String expected = Files2.str(c, "violation");
        // rules named jcs-* are refused by the jcs profile only: the input itself is valid
        boolean jcsOnly = Files2.str(c, "rule").startsWith("jcs-");
        if (!jcsOnly) {
            try {
                Profile.PYTHON_JSON.canonicalize(Base64.getDecoder().decode(Files2.str(c, "input_b64")));
                return CaseResult.fail(id, "streaming encoder accepted, expected " + expected);
            } catch (DecodeException e) {
                if (!e.violation().code().equals(expected)) {
                    return CaseResult.fail(id, "streaming encoder refused as " + e.violation().code()
                            + ", expected " + expected);
                }
            }
        }
        try {
            JsonValue v = JsonReader.standard().read(Base64.getDecoder().decode(Files2.str(c, "input_b64")));
            if (jcsOnly) {
                Profile.JCS.encode(v);
            }
            return CaseResult.fail(id, "accepted, expected " + expected);
        } catch (DecodeException e) {
            return e.violation().code().equals(expected) ? CaseResult.pass(id)
                    : CaseResult.fail(id, "refused as " + e.violation().code() + ", expected " + expected);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
