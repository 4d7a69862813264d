package dev.ophamin.canonical;

import java.util.Arrays;

/**
 * Remembers, per sequence of key instances, the canonical order of an out-of-order object. Record
 * files repeat the same objects with the same keys in the same (insertion) order, and jackson hands
 * out one String per distinct name, so most lookups are a hash and an identity check per key
 * instead of a sort. Only sequences that sorted without a repeated key are kept. Entries are
 * immutable, so threads share the table without locks.
 */
final class OrderCache {
    private static final int SLOTS = 4096;
    private static final int MAX_MEMBERS = 512;
    private static final Entry[] TABLE = new Entry[SLOTS];

    private static final class Entry {
        final String[] keys;
        final int[] order;

        Entry(String[] keys, int[] order) {
            this.keys = keys;
            this.order = order;
        }
    }

    private OrderCache() {
    }

    /** The cached order of keys[from, to), or null. */
    static int[] get(String[] keys, int from, int to, int hash) {
        Entry e = TABLE[hash & (SLOTS - 1)];
        if (e == null || e.keys.length != to - from) {
            return null;
        }
        for (int i = 0; i < e.keys.length; i++) {
            if (e.keys[i] != keys[from + i]) {
                return null;
            }
        }
        return e.order;
    }

    static void put(String[] keys, int from, int to, int hash, int[] order) {
        if (to - from <= MAX_MEMBERS) {
            TABLE[hash & (SLOTS - 1)] = new Entry(Arrays.copyOfRange(keys, from, to), order.clone());
        }
    }
}
