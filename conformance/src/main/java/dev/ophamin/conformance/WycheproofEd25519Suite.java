package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.verify.Ed25519Check;
import dev.ophamin.verify.Hex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Project Wycheproof's ed25519 vectors through one attestation backend: every {@code valid}
 * signature accepted, every {@code invalid} one (malleated S, small-order and non-canonical
 * points, truncated or padded signatures) refused. An {@code acceptable} case passes either way,
 * and its detail says what the backend did.
 */
final class WycheproofEd25519Suite implements Suite {
    private final Path file;
    private final String backend;
    private final Ed25519Check check;

    WycheproofEd25519Suite(Path file, String backend, Ed25519Check check) {
        this.file = file;
        this.backend = backend;
        this.check = check;
    }

    @Override
    public String name() {
        return "wycheproof-ed25519-" + backend;
    }

    @Override
    public String source() {
        return file.toString();
    }

    @Override
    public List<CaseResult> run() {
        List<CaseResult> out = new ArrayList<>();
        for (Wycheproof.Case c : Wycheproof.cases(file)) {
            try {
                byte[] pk = Hex.decode(((JsonString) ((JsonObject) c.group().get("publicKey")).get("pk")).value());
                byte[] msg = c.hex("msg");
                boolean accepted = check.verify(pk, msg, 0, msg.length, c.hex("sig"));
                out.add(switch (c.result()) {
                    case "valid" -> accepted ? CaseResult.pass(c.name()) : CaseResult.fail(c.name(), "valid signature refused");
                    case "invalid" -> accepted ? CaseResult.fail(c.name(), "invalid signature accepted") : CaseResult.pass(c.name());
                    default -> new CaseResult(c.name(), true, "acceptable: " + (accepted ? "accepted" : "refused"));
                });
            } catch (RuntimeException e) {
                out.add(CaseResult.fail(c.name(), e.getMessage()));
            }
        }
        return out;
    }
}
