package dev.ophamin.testing;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonBool;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random JSON documents with the awkward parts: escapes, astral and lone surrogates, odd floats, big ints. */
public final class RandomJson {
    private static final String[] SPECIAL = {"", "\u0000", "\u001f", "\u007f", "\u0080", "\"", "\\", "/",
        "\b\f\n\r\t", "\ue000", "\uffff", "\ud83d\ude80", "\ud800", "\udfff", "é", "key", "10", "2", "B", "a"};

    private final Random random;

    public RandomJson(long seed) {
        random = new Random(seed);
    }

    public JsonValue value(int depth) {
        int pick = random.nextInt(depth <= 0 ? 6 : 9);
        switch (pick) {
            case 0: return JsonNull.NULL;
            case 1: return JsonBool.of(random.nextBoolean());
            case 2: return integer();
            case 3: return new JsonFloat(floating());
            case 4:
            case 5: return new JsonString(string());
            case 6:
            case 7: return object(depth - 1);
            default: return array(depth - 1);
        }
    }

    private JsonValue integer() {
        switch (random.nextInt(3)) {
            case 0: return JsonInt.of(random.nextInt(1000) - 500);
            case 1: return JsonInt.of(random.nextLong());
            default: return JsonInt.of(new BigInteger(200, random).negate());
        }
    }

    public double floating() {
        switch (random.nextInt(6)) {
            case 0: return Double.longBitsToDouble(random.nextLong());
            case 1: return random.nextDouble();
            case 2: return Math.round(random.nextGaussian() * 1000) / 8.0;
            case 3: return new double[] {0.0, -0.0, 1e16, 1e-4, 9.999e-5, 1e22, 5e-324, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e23, 123456789012345678.0}[random.nextInt(12)];
            case 4: return random.nextInt(100000) * Math.pow(10, random.nextInt(40) - 20);
            default: return Double.longBitsToDouble(random.nextInt(20));
        }
    }

    public String string() {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(3) == 0) {
                b.append(SPECIAL[random.nextInt(SPECIAL.length)]);
            } else {
                b.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x10000) : 0x20 + random.nextInt(0x5f)));
            }
        }
        return b.toString();
    }

    private JsonValue object(int depth) {
        JsonObject.Builder b = JsonObject.builder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.tryPut(string(), value(depth));
        }
        return b.build();
    }

    private JsonValue array(int depth) {
        int n = random.nextInt(5);
        List<JsonValue> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(value(depth));
        }
        return new JsonArray(items);
    }
}
