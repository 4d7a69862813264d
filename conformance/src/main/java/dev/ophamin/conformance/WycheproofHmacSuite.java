package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonInt;
import dev.ophamin.verify.HmacKey;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Project Wycheproof's HMAC-SHA256 vectors through the verifier's HMAC ({@link HmacKey}): the
 * tag (the MAC's first {@code tagSize} bits) must equal the expected one exactly for {@code valid}
 * cases and differ for {@code invalid} ones (modified or truncated tags), compared in constant time.
 */
final class WycheproofHmacSuite implements Suite {
    private final Path file;

    WycheproofHmacSuite(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "wycheproof-hmac-sha256";
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
                int tagBytes = (int) ((JsonInt) c.group().get("tagSize")).longValue() / 8;
                byte[] msg = c.hex("msg");
                byte[] mac = HmacKey.ofBytes("wycheproof", c.hex("key")).mac(msg, 0, msg.length);
                boolean equal = MessageDigest.isEqual(Arrays.copyOf(mac, Math.min(tagBytes, mac.length)), c.hex("tag"));
                out.add(switch (c.result()) {
                    case "valid" -> equal ? CaseResult.pass(c.name()) : CaseResult.fail(c.name(), "tag differs");
                    case "invalid" -> equal ? CaseResult.fail(c.name(), "a wrong tag matched") : CaseResult.pass(c.name());
                    default -> new CaseResult(c.name(), true, "acceptable: " + (equal ? "matched" : "differed"));
                });
            } catch (RuntimeException e) {
                out.add(CaseResult.fail(c.name(), e.getMessage()));
            }
        }
        return out;
    }
}
