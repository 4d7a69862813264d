package dev.ophamin.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A named body of records. Records are streamed, never all loaded; the content hash and record
 * count identify exactly which data a proof was computed on (its data hash).
 */
public interface Corpus {
    /** Catalog name, e.g. {@code payloads}. */
    String name();

    /** Where the data lives (a path or {@code bundled:NAME}). */
    String source();

    /** The connector kind, e.g. {@code jsonl}, {@code text-folder}, {@code csv}, {@code mbox}. */
    String kind();

    /** SHA-256 hex over the corpus's canonical traversal (see docs/corpora.md). */
    String contentHash();

    /** Number of records. */
    long size();

    /** The records in their canonical order; close the stream when done. */
    Stream<CorpusRecord> records();

    /**
     * A deterministic reservoir sample of {@code n} records (all of them when there are fewer),
     * in stream order. The same seed always picks the same records.
     */
    default List<CorpusRecord> sample(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<CorpusRecord> reservoir = new ArrayList<>(n);
        List<Long> positions = new ArrayList<>(n);
        long i = 0;
        try (Stream<CorpusRecord> s = records()) {
            Iterator<CorpusRecord> it = s.iterator();
            while (it.hasNext()) {
                CorpusRecord r = it.next();
                if (reservoir.size() < n) {
                    reservoir.add(r);
                    positions.add(i);
                } else {
                    long j = rnd.nextLong(i + 1);
                    if (j < n) {
                        reservoir.set((int) j, r);
                        positions.set((int) j, i);
                    }
                }
                i++;
            }
        }
        // back to stream order so a sample reads like the corpus
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < reservoir.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> Long.compare(positions.get(a), positions.get(b)));
        List<CorpusRecord> out = new ArrayList<>(reservoir.size());
        order.forEach(k -> out.add(reservoir.get(k)));
        return out;
    }

    /** The records in consecutive chunks of {@code size} (the last may be shorter). */
    default Stream<List<CorpusRecord>> chunks(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1");
        }
        Stream<CorpusRecord> s = records();
        Iterator<CorpusRecord> it = s.iterator();
        Iterator<List<CorpusRecord>> chunks = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<CorpusRecord> next() {
                List<CorpusRecord> c = new ArrayList<>(size);
                while (c.size() < size && it.hasNext()) {
                    c.add(it.next());
                }
                return c;
            }
        };
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(chunks, java.util.Spliterator.ORDERED), false)
                .onClose(s::close);
    }
}
