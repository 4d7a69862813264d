package dev.ophamin.conformance;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.verify.Hex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading Project Wycheproof's test vector files: groups, cases, hex fields, expected results. */
final class Wycheproof {
    /** One test case with its group's fields folded in. */
    record Case(long id, String comment, String result, JsonObject group, JsonObject test) {
        String name() {
            return "tc" + id + (comment.isEmpty() ? "" : " (" + comment + ")");
        }

        byte[] hex(String field) {
            JsonValue v = test.get(field);
            byte[] b = v instanceof JsonString s ? Hex.decodeOrNull(s.value()) : null;
            if (b == null) {
                throw new IllegalArgumentException("tc" + id + ": " + field + " is not hex");
            }
            return b;
        }
    }

    private Wycheproof() {
    }

    /** Every case of the file; IllegalArgumentException naming it when it is not a Wycheproof file. */
    static List<Case> cases(Path file) {
        JsonValue doc;
        try {
            doc = JsonReader.standard().read(Files2.bytes(file));
        } catch (DecodeException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        if (!(doc instanceof JsonObject o) || !(o.get("testGroups") instanceof JsonArray groups)) {
            throw new IllegalArgumentException(file + ": no testGroups");
        }
        List<Case> out = new ArrayList<>();
        for (JsonValue g : groups.items()) {
            JsonObject group = (JsonObject) g;
            for (JsonValue t : ((JsonArray) group.get("tests")).items()) {
                JsonObject test = (JsonObject) t;
                out.add(new Case(((dev.ophamin.canonical.JsonInt) test.get("tcId")).longValue(),
                        test.get("comment") instanceof JsonString c ? c.value() : "",
                        ((JsonString) test.get("result")).value(), group, test));
            }
        }
        return out;
    }
}
