package dev.ophamin.cli;

import dev.ophamin.verify.HmacKey;
import picocli.CommandLine.Option;

/** {@code --hmac-key TEXT | --hmac-key-hex HEX} for canonicalize. */
final class HmacKeyOption {
    @Option(names = "--hmac-key", paramLabel = "TEXT",
            description = "Print the HMAC-SHA256 hex of the canonical bytes under this key (its UTF-8 bytes).")
    String text;

    @Option(names = "--hmac-key-hex", paramLabel = "HEX",
            description = "Like --hmac-key, with the key given as hex.")
    String hex;

    HmacKey key() {
        if (text != null) {
            return HmacKey.ofText("--hmac-key", text);
        }
        try {
            return HmacKey.ofHex("--hmac-key-hex", hex);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--hmac-key-hex: " + e.getMessage());
        }
    }
}
