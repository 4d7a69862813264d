package dev.ophamin.canonical;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of JSON value trees for the canonical-form properties: keys built from
 * characters that exercise every escaping and ordering rule (lone surrogates optional), numbers
 * of every kind, trees three levels deep. Shrinking works on the randomness they draw.
 */
final class JsonGens {
    private JsonGens() {
    }

    /** Characters every rule cares about: quotes, controls, DEL, Latin-1, separators, BMP edges, the BOM. */
    private static final List<Character> POOL = List.of('a', 'B', '1', '0', ' ', '"', '\\', '/', '\u0000', '\u001f',
            '\u007f', '\u0080', '\u00e9', '\u2028', '\ud7ff', '\ue000', '\uffff', '\ufeff');

    /** Keys of up to five characters, lone surrogates included. */
    static Gen<String> key() {
        return keys(true);
    }

    /** Keys without unpaired surrogates (what RFC 8785 can carry). */
    static Gen<String> pairedKey() {
        return keys(false);
    }

    private static Gen<String> keys(boolean loneSurrogates) {
        List<Character> pool = new ArrayList<>(POOL);
        Gen<Character> any = integers().between(0, 0xFFFF).map(i -> (char) (int) i);
        if (loneSurrogates) {
            pool.addAll(List.of('\ud800', '\udbff', '\udc00', '\udfff'));
        } else {
            any = any.map(c -> Character.isSurrogate(c) ? (char) (c + 0x800) : c);
        }
        Gen<String> bmp = Generate.frequency(Pair.of(3, Generate.pick(pool)), Pair.of(2, any),
                Pair.of(1, integers().between('a', 'c').map(i -> (char) (int) i))).map(c -> String.valueOf((char) c));
        Gen<String> astral = integers().between(0x10000, 0x10FFFF).map(cp -> Character.toString(cp));
        return lists().of(Generate.oneOf(bmp, astral)).ofSizeBetween(0, 5).map(l -> String.join("", l));
    }

    /** Sets of distinct keys, at most {@code max}. */
    static Gen<Set<String>> keySet(Gen<String> keys, int max) {
        return lists().of(keys).ofSizeBetween(0, max).map(l -> (Set<String>) new LinkedHashSet<>(l));
    }

    static Gen<BigInteger> bigInt(int decimalDigits) {
        BigInteger bound = BigInteger.TEN.pow(decimalDigits);
        return lists().of(longs().all()).ofSizeBetween(1, decimalDigits / 18 + 2).map(parts -> {
            BigInteger v = BigInteger.ZERO;
            for (long p : parts) {
                v = v.shiftLeft(64).add(BigInteger.valueOf(p));
            }
            return v.mod(bound.shiftLeft(1)).subtract(bound);
        });
    }

    static Gen<Double> finiteDoubles() {
        return Generate.oneOf(longs().all().map(Double::longBitsToDouble).assuming(Double::isFinite),
                doubles().any().assuming(Double::isFinite),
                Generate.pick(List.of(0.0, -0.0, 1e16, 1e-4, 1e21, 1e-7, 5e-324, Double.MAX_VALUE, 0.1)));
    }

    static Gen<JsonValue> anyNumber() {
        return Generate.oneOf(longs().all().map(JsonInt::of),
                bigInt(21).map(JsonInt::of),
                finiteDoubles().map(JsonFloat::new),
                Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0))
                        .map(JsonFloat::new));
    }

    static Gen<JsonValue> jcsNumber() {
        return Generate.oneOf(longs().between(-(1L << 53), 1L << 53).map(JsonInt::of),
                finiteDoubles().map(JsonFloat::new));
    }

    /** Any value the python-json profile handles. */
    static Gen<JsonValue> anyValue() {
        return value(key(), anyNumber(), 3);
    }

    /** Values RFC 8785 can carry. */
    static Gen<JsonValue> jcsValue() {
        return value(pairedKey(), jcsNumber(), 3);
    }

    static Gen<JsonValue> value(Gen<String> keys, Gen<JsonValue> numbers, int depth) {
        Gen<JsonValue> leaf = Generate.oneOf(numbers, keys.map(JsonString::new),
                Generate.pick(List.<JsonValue>of(JsonBool.TRUE, JsonBool.FALSE, JsonNull.NULL)));
        if (depth == 0) {
            return leaf;
        }
        Gen<JsonValue> inner = in -> value(keys, numbers, depth - 1).generate(in);
        Gen<JsonValue> array = lists().of(inner).ofSizeBetween(0, 4).map(l -> (JsonValue) new JsonArray(l));
        Gen<JsonValue> object = object(keys, inner, 4).map(o -> (JsonValue) o);
        return Generate.frequency(Pair.of(3, leaf), Pair.of(1, array), Pair.of(1, object));
    }

    /** Objects of up to {@code max} members with keys from {@code keys}, in the order drawn. */
    static Gen<JsonObject> object(Gen<String> keys, Gen<JsonValue> values, int max) {
        return keySet(keys, max).flatMap(ks -> lists().of(values).ofSize(ks.size()).map(vs -> {
            JsonObject.Builder b = JsonObject.builder();
            int i = 0;
            for (String k : ks) {
                b.put(k, vs.get(i++));
            }
            return b.build();
        }));
    }

    static Gen<Boolean> coin() {
        return booleans().all();
    }
}
