package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonInt;
import dev.ophamin.verify.HmacKey;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Project Wycheproof's HMAC-SHA256 vectors through the verifier's HMAC ({@link HmacKey}): the tag
 * (the MAC's first {@code tagSize} bits) must equal the expected one for valid cases and differ for
 * invalid ones (modified or truncated tags), compared in constant time.
 */
final class WycheproofHmacSuite extends WycheproofSuite {
    WycheproofHmacSuite(Path file) {
        super(file);
    }

    @Override
    public String name() {
        return "wycheproof-hmac-sha256";
    }

    @Override
    String what() {
        return "tag";
    }

    @Override
    boolean accepts(Wycheproof.Case c) {
        int tagBytes = (int) ((JsonInt) c.group().get("tagSize")).longValue() / 8;
        byte[] msg = c.hex("msg");
        byte[] mac = HmacKey.ofBytes("wycheproof", c.hex("key")).mac(msg, 0, msg.length);
        return MessageDigest.isEqual(Arrays.copyOf(mac, Math.min(tagBytes, mac.length)), c.hex("tag"));
    }
}
