package dev.ophamin.canonical;

import java.util.Arrays;

/**
 * {@link OrderCache} for {@link DirectPass}, whose keys are spans of the input: remembers, per
 * sequence of key texts, the canonical order of an out-of-order object, so the objects a record
 * file repeats are sorted once. A hit costs a comparison of the key bytes. Only sequences that
 * sorted without a repeated key are kept. Entries are immutable, so threads share the table
 * without locks; a lost race costs a sort.
 */
final class RawOrderCache {
    private static final int SLOTS = 4096;
    private static final int MAX_MEMBERS = 512;
    private static final int MAX_KEY_BYTES = 16_384;
    private static final Entry[] TABLE = new Entry[SLOTS];

    private static final class Entry {
        final byte[] text;      // the keys one after the other
        final int[] lengths;
        final int[] order;

        Entry(byte[] text, int[] lengths, int[] order) {
            this.text = text;
            this.lengths = lengths;
            this.order = order;
        }
    }

    private RawOrderCache() {
    }

    // cheap on purpose: a collision only costs a failed comparison
    private static int hash(byte[] in, int[] at, int[] len, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            int l = len[i];
            h = 31 * h + (l == 0 ? 0 : l * 257 + in[at[i]] * 31 + in[at[i] + l - 1]);
        }
        return (h ^ (h >>> 15)) & (SLOTS - 1);
    }

    /** The cached order of the keys {@code in[at[i], at[i]+len[i])} for i in [from, to), or null. */
    static int[] get(byte[] in, int[] at, int[] len, int from, int to) {
        Entry e = TABLE[hash(in, at, len, from, to)];
        if (e == null || e.lengths.length != to - from) {
            return null;
        }
        int p = 0;
        for (int i = from; i < to; i++) {
            int l = len[i];
            if (e.lengths[i - from] != l || !Arrays.equals(e.text, p, p + l, in, at[i], at[i] + l)) {
                return null;
            }
            p += l;
        }
        return e.order;
    }

    static void put(byte[] in, int[] at, int[] len, int from, int to, int[] order) {
        int n = to - from;
        int total = 0;
        for (int i = from; i < to; i++) {
            total += len[i];
        }
        if (n > MAX_MEMBERS || total > MAX_KEY_BYTES) {
            return;
        }
        byte[] text = new byte[total];
        int p = 0;
        for (int i = from; i < to; i++) {
            System.arraycopy(in, at[i], text, p, len[i]);
            p += len[i];
        }
        TABLE[hash(in, at, len, from, to)] = new Entry(text, Arrays.copyOfRange(len, from, to), order.clone());
    }
}
