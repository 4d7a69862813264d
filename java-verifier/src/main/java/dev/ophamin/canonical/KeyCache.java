package dev.ophamin.canonical;

/**
 * Per distinct object key: its canonical text ({@code "key":}) and whether it holds a surrogate.
 * jackson mostly hands out one String instance per distinct name, so a hit is mostly an identity
 * check; not always, as a parser's new names reach the shared symbol table only when it saw more
 * names than the table holds, so equal keys match too.
 * Entries are immutable, so threads share the table without locks; a lost race costs a recompute.
 */
final class KeyCache {
    // a record corpus has a thousand or so distinct keys: direct-mapped, a quarter of them shared
    // a slot and evicted each other on every use, so a key may sit in any of WAYS slots from its own
    private static final int SLOTS = 8192;
    private static final int WAYS = 4;
    // longer keys are rare and are not kept: the table must not pin large strings
    private static final int MAX_CACHED_LENGTH = 64;
    private static final Entry[] TABLE = new Entry[SLOTS];

    /** A key's canonical text and whether String.compareTo gives its code point order. */
    static final class Entry {
        final String key;
        final int hash;
        final byte[] quotedWithColon;
        final boolean plain;

        private Entry(String key) {
            this.key = key;
            this.hash = key.hashCode();
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
        int h = key.hashCode();
        int slot = (h ^ (h >>> 13)) & (SLOTS - 1);
        int free = -1;
        for (int w = 0; w < WAYS; w++) {
            Entry e = TABLE[(slot + w) & (SLOTS - 1)];
            if (e == null) {
                free = free < 0 ? (slot + w) & (SLOTS - 1) : free;
            } else if (e.key == key || (e.hash == h && e.key.equals(key))) {
                return e;
            }
        }
        Entry e = new Entry(key);
        if (key.length() <= MAX_CACHED_LENGTH) {
            // a full run of slots gives up one way, chosen by the hash's high bits
            TABLE[free >= 0 ? free : (slot + (h >>> 30)) & (SLOTS - 1)] = e;
        }
        return e;
    }
}
