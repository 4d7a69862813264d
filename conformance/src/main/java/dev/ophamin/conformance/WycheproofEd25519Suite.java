package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.verify.Ed25519Check;
import dev.ophamin.verify.Hex;
import java.nio.file.Path;

/**
 * Project Wycheproof's ed25519 vectors through one attestation backend: valid signatures accepted,
 * invalid ones (malleated S, small-order and non-canonical points, truncated or padded
 * signatures) refused.
 */
final class WycheproofEd25519Suite extends WycheproofSuite {
    private final String backend;
    private final Ed25519Check check;

    WycheproofEd25519Suite(Path file, String backend, Ed25519Check check) {
        super(file);
        this.backend = backend;
        this.check = check;
    }

    @Override
    public String name() {
        return "wycheproof-ed25519-" + backend;
    }

    @Override
    String what() {
        return "signature";
    }

    @Override
    boolean accepts(Wycheproof.Case c) {
        byte[] pk = Hex.decode(((JsonString) ((JsonObject) c.group().get("publicKey")).get("pk")).value());
        byte[] msg = c.hex("msg");
        return check.verify(pk, msg, 0, msg.length, c.hex("sig"));
    }
}
