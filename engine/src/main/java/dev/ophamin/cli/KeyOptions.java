package dev.ophamin.cli;

import dev.ophamin.record.RecordKind;
import dev.ophamin.service.KeyFiles;
import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --key TEXT | --key-hex HEX | --key-file PATH}, each repeatable. Keys are labelled by
 * option and position ({@code --key#1}, {@code --key-hex#2}) or by file name, so results can say
 * which key matched.
 */
public final class KeyOptions {
    @Option(names = "--key", paramLabel = "TEXT",
            description = "An HMAC key given as text (its UTF-8 bytes). Repeatable.")
    List<String> texts = new ArrayList<>();

    @Option(names = "--key-hex", paramLabel = "HEX", description = "An HMAC key given as hex digits. Repeatable.")
    List<String> hexes = new ArrayList<>();

    @Option(names = "--key-file", paramLabel = "PATH",
            description = "An HMAC key read from a file (its bytes, less one trailing newline). Repeatable.")
    List<Path> files = new ArrayList<>();

    /** The offered keys, in the order: texts, hex keys, files. */
    public List<HmacKey> keys() {
        List<HmacKey> keys = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            keys.add(HmacKey.ofText("--key#" + (i + 1), texts.get(i)));
        }
        for (int i = 0; i < hexes.size(); i++) {
            try {
                keys.add(HmacKey.ofHex("--key-hex#" + (i + 1), hexes.get(i)));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--key-hex #" + (i + 1) + ": " + e.getMessage());
            }
        }
        for (Path f : files) {
            keys.add(HmacKey.ofBytes(f.toString(), readKeyFile(f)));
        }
        return keys;
    }

    /**
     * The one key a signing command signs with: the offered key, or {@code kind}'s reference key
     * (labelled {@code default}) when none was given. More than one key is a usage error.
     */
    public HmacKey signingKey(RecordKind kind) {
        List<HmacKey> k = keys();
        if (k.size() > 1) {
            throw CliException.usage("give one signing key (--key, --key-hex or --key-file), not " + k.size());
        }
        return k.isEmpty() ? HmacKey.ofText("default", kind.defaultKey()) : k.get(0);
    }

    private static byte[] readKeyFile(Path f) {
        try {
            return KeyFiles.keyMaterial(Files.readAllBytes(f));
        } catch (IOException e) {
            throw CliException.usage(f + ": " + InputFiles.reason(e));
        }
    }
}
