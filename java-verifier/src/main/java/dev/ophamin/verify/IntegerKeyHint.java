package dev.ophamin.verify;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains one known way a reference-signed record fails: Python sorted a dict with integer keys
 * numerically before signing, then wrote the keys as strings, which sort differently as text.
 */
final class IntegerKeyHint {
    private IntegerKeyHint() {
    }

    /** A one-line hint naming the first such object, or null when the body has none. */
    static String find(JsonValue body) {
        return find(body, "");
    }

    private static String find(JsonValue v, String path) {
        if (v instanceof JsonObject) {
            JsonObject o = (JsonObject) v;
            if (numericOrderDiffers(o)) {
                return "the object at " + (path.isEmpty() ? "the top level" : path)
                        + " has integer keys whose numeric and text orders differ: the signer may have"
                        + " sorted them as integers, so the bytes read are not the bytes signed";
            }
            for (var e : o.members().entrySet()) {
                String hit = find(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (hit != null) {
                    return hit;
                }
            }
        } else if (v instanceof JsonArray) {
            List<JsonValue> items = ((JsonArray) v).items();
            for (int i = 0; i < items.size(); i++) {
                String hit = find(items.get(i), path + "[" + i + "]");
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static boolean numericOrderDiffers(JsonObject o) {
        if (o.size() < 2) {
            return false;
        }
        List<String> keys = new ArrayList<>(o.keys());
        for (String k : keys) {
            if (!k.matches("-?[0-9]+")) {
                return false;
            }
        }
        List<String> byText = new ArrayList<>(keys);
        byText.sort(null);
        List<String> byNumber = new ArrayList<>(keys);
        byNumber.sort((a, b) -> new BigInteger(a).compareTo(new BigInteger(b)));
        return !byText.equals(byNumber);
    }
}
