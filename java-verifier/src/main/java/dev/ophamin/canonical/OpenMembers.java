package dev.ophamin.canonical;

import java.util.Arrays;

/**
 * The members of the objects a canonicalizing pass has open, innermost last: where each member's
 * bytes start in the output and, in the subclass, its key. What both passes do when an object
 * closes with its keys out of order lives here: find the canonical order, move the members' bytes
 * into it, and, for a record's root, say where each member lies afterwards.
 */
abstract class OpenMembers {
    /** Where each open member's bytes start in the output ({@code "key":} first). */
    int[] starts = new int[64];
    /** How many members are open. */
    int top;
    private byte[] scratch = new byte[0];   // reorder's copy of an object's members, reused

    /** The root object's members after a pass that asked for them: keys and spans in canonical order. */
    record RootSpans(String[] keys, int[] starts, int[] ends) {
    }

    /** Compares the keys of members i and j in code point order. */
    abstract int compare(int i, int j);

    /** {@return the key of member i} */
    abstract String key(int i);

    /** Grows the subclass's per-member arrays to {@code n}. */
    abstract void growKeys(int n);

    /** Opens a member whose bytes start at {@code start}; returns its index for the subclass's key. */
    final int open(int start) {
        if (top == starts.length) {
            starts = Arrays.copyOf(starts, top * 2);
            growKeys(top * 2);
        }
        starts[top] = start;
        return top++;
    }

    /** After {@link #canonicalOrder} returned null: the index of a member whose key repeats another's. */
    int repeated;

    /**
     * Member indexes (from 0) of the object whose members start at {@code base}, in key order;
     * null when sorting brought two equal keys together (see {@link #repeated}).
     */
    final int[] canonicalOrder(int base) {
        int n = top - base;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sort(base, order, new int[n], 0, n);
        for (int k = 1; k < n; k++) {
            if (compare(base + order[k - 1], base + order[k]) == 0) {
                repeated = base + order[k];
                return null;
            }
        }
        return order;
    }

    // merge sort of order[from, to) by key; insertion sort for short runs. No boxing.
    private void sort(int base, int[] order, int[] tmp, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int x = order[i];
                int j = i - 1;
                while (j >= from && compare(base + order[j], base + x) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(base, order, tmp, from, mid);
        sort(base, order, tmp, mid, to);
        if (compare(base + order[mid - 1], base + order[mid]) <= 0) {
            return;     // already in order: mostly sorted input costs about n comparisons
        }
        System.arraycopy(order, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(base + tmp[i], base + tmp[j]) <= 0)) {
                order[k] = tmp[i++];
            } else {
                order[k] = tmp[j++];
            }
        }
    }

    /** Member i spans [starts[base+i], end): up to the next member's comma, or to {@code last}. */
    private int end(int base, int i, int last) {
        return base + i + 1 < top ? starts[base + i + 1] - 1 : last;
    }

    /** Moves the members of the object at {@code base}, which end where {@code out} ends, into {@code order}. */
    final void reorder(ByteSink out, int base, int[] order) {
        int from = starts[base];
        int last = out.len;
        if (scratch.length < last - from) {
            scratch = new byte[Math.max(last - from, scratch.length * 2)];
        }
        System.arraycopy(out.buf, from, scratch, 0, last - from);
        out.truncate(from);
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (k > 0) {
                out.write(',');
            }
            int s = starts[base + i];
            out.write(scratch, s - from, end(base, i, last) - s);
        }
    }

    /**
     * The root's members as they will lie once put in {@code order} (null: already in order), for a
     * root object whose members start at {@code base} and end at {@code last}.
     */
    final RootSpans rootSpans(int base, int[] order, int last) {
        int n = top - base;
        String[] keys = new String[n];
        int[] at = new int[n];
        int[] ends = new int[n];
        int p = n == 0 ? last : starts[base];
        for (int k = 0; k < n; k++) {
            int i = order == null ? k : order[k];
            int len = end(base, i, last) - starts[base + i];
            keys[k] = key(base + i);
            at[k] = p;
            ends[k] = p + len;
            p += len + 1;
        }
        return new RootSpans(keys, at, ends);
    }
}
