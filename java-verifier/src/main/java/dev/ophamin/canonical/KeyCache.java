package dev.ophamin.canonical;

/**
 * Per distinct object key: its canonical text ({@code "key":}) and whether it holds a surrogate.
 * jackson hands out one String instance per distinct name, so a slot hit is an identity check.
 * Entries are immutable, so threads share the table without locks; a lost race costs a recompute.
 */
final class KeyCache {
    private static final int SLOTS = 4096;
    // longer keys are rare and are not kept: the table must not pin large strings
    private static final int MAX_CACHED_LENGTH = 64;
    private static final Entry[] TABLE = new Entry[SLOTS];

    /** A key's canonical text and whether String.compareTo gives its code point order. */
    static final class Entry {
        final String key;
        final byte[] quotedWithColon;
        final boolean plain;

        private Entry(String key) {
            this.key = key;
            ByteSink sink = new ByteSink(key.length() + 8);
            PythonJsonWriter.writeString(key, sink);
            sink.write(':');
            this.quotedWithColon = sink.toByteArray();
            boolean p = true;
            for (int i = 0; i < key.length() && p; i++) {
                p = !Character.isSurrogate(key.charAt(i));
            }
            this.plain = p;
        }
    }

    private KeyCache() {
    }

    static Entry of(String key) {
        int slot = key.hashCode() & (SLOTS - 1);
        Entry e = TABLE[slot];
        if (e == null || e.key != key) {
            e = new Entry(key);
            if (key.length() <= MAX_CACHED_LENGTH) {
                TABLE[slot] = e;
            }
        }
        return e;
    }
}
