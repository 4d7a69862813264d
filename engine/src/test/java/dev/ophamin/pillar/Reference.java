package dev.ophamin.pillar;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonBool;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The committed scipy/statsmodels reference values (fixtures/stats/reference.json). */
public final class Reference {
    private static JsonObject root;

    private Reference() {
    }

    public static synchronized JsonObject root() {
        if (root == null) {
            String base = System.getProperty("ophamin.root", ".");
            Path p = Path.of(base, "fixtures", "stats", "reference.json");
            try {
                root = (JsonObject) JsonReader.standard().read(Files.readAllBytes(p));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return root;
    }

    public static List<JsonObject> cases(String key) {
        return objects(root().get(key));
    }

    public static List<JsonObject> objects(JsonValue v) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue item : ((JsonArray) v).items()) {
            out.add((JsonObject) item);
        }
        return out;
    }

    public static double num(JsonObject o, String key) {
        return num(o.get(key));
    }

    public static boolean isNull(JsonObject o, String key) {
        return !(o.get(key) instanceof JsonFloat) && !(o.get(key) instanceof JsonInt);
    }

    public static double num(JsonValue v) {
        if (v instanceof JsonFloat f) {
            return f.value();
        }
        if (v instanceof JsonInt i) {
            return i.longValue();
        }
        throw new IllegalStateException("not a number: " + v);
    }

    public static double[] doubles(JsonObject o, String key) {
        return doubles(o.get(key));
    }

    public static double[] doubles(JsonValue v) {
        List<JsonValue> items = ((JsonArray) v).items();
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = num(items.get(i));
        }
        return out;
    }

    public static boolean[] booleans(JsonObject o, String key) {
        List<JsonValue> items = ((JsonArray) o.get(key)).items();
        boolean[] out = new boolean[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((JsonBool) items.get(i)).value();
        }
        return out;
    }

    public static boolean bool(JsonObject o, String key) {
        return ((JsonBool) o.get(key)).value();
    }
}
