package dev.ophamin.drift;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;
import java.util.ArrayList;
import java.util.List;

/** A named stream of finite values, and its hash as the reference computes it. */
public record ValueStream(String name, double[] values) {

    public ValueStream {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + ": sample " + i + " is not a finite number");
            }
        }
    }

    /**
     * SHA-256 hex of the values as a compact JSON array of floats, Python's {@code repr} digits
     * ({@code json.dumps(list(values), separators=(",", ":"))}).
     */
    public String hash() {
        List<JsonValue> items = new ArrayList<>(values.length);
        for (double v : values) {
            items.add(new JsonFloat(v));
        }
        return RecordKind.sha256Hex(PythonJsonWriter.toBytes(new JsonArray(items), PythonJsonWriter.Layout.CANONICAL));
    }
}
