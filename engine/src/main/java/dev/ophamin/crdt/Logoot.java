package dev.ophamin.crdt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A Logoot-style sequence: every element has a dense position identifier — a list of
 * {@code (digit, replica, counter)} triples ordered lexicographically — chosen strictly between
 * its neighbours when inserted. The state is the set of inserted positions and the set of deleted
 * ones (a delete may arrive before its insert); no causal delivery is needed.
 */
public final class Logoot implements SequenceCrdt<Logoot> {
    private static final int BASE = 1 << 16;

    /** One level of a position. */
    record Digit(int digit, String replica, long counter) implements Comparable<Digit> {
        @Override
        public int compareTo(Digit o) {
            int c = Integer.compare(digit, o.digit);
            if (c != 0) {
                return c;
            }
            c = replica.compareTo(o.replica);
            return c != 0 ? c : Long.compare(counter, o.counter);
        }
    }

    /** A position: compared digit by digit, a prefix sorts first. */
    record Position(List<Digit> digits) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            for (int i = 0; i < Math.min(digits.size(), o.digits.size()); i++) {
                int c = digits.get(i).compareTo(o.digits.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(digits.size(), o.digits.size());
        }
    }

    private final String replica;
    private final SplittableRandom random;
    private long counter;
    private final TreeMap<Position, String> inserted = new TreeMap<>();
    private final Set<Position> deleted = new HashSet<>();

    public Logoot(String replica, long seed) {
        this.replica = replica;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Op insert(int index, String value) {
        List<Position> visible = visible();
        Position left = index == 0 ? null : visible.get(index - 1);
        Position right = index == visible.size() ? null : visible.get(index);
        counter++;
        Position p = between(left, right);
        Op op = new Op(replica + ":" + counter, replica, true, Map.entry(p, value));
        apply(op);
        return op;
    }

    private Position between(Position left, Position right) {
        List<Digit> out = new ArrayList<>();
        for (int level = 0;; level++) {
            int lo = left != null && level < left.digits().size() ? left.digits().get(level).digit() : 0;
            int hi = right != null && level < right.digits().size() ? right.digits().get(level).digit() : BASE;
            if (hi - lo > 1) {
                out.add(new Digit(lo + 1 + random.nextInt(hi - lo - 1), replica, counter));
                return new Position(out);
            }
            // no room at this level: copy the left digit (or a zero) and go one level deeper
            out.add(left != null && level < left.digits().size() ? left.digits().get(level) : new Digit(lo, replica, counter));
            if (right != null && level < right.digits().size() && out.get(level).compareTo(right.digits().get(level)) < 0) {
                right = null; // already strictly below right at this level
            }
        }
    }

    @Override
    public Op delete(int index) {
        Position p = visible().get(index);
        Op op = new Op("del:" + p, replica, false, p);
        apply(op);
        return op;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void apply(Op op) {
        if (op.insert()) {
            Map.Entry<Position, String> e = (Map.Entry<Position, String>) op.payload();
            inserted.putIfAbsent(e.getKey(), e.getValue());
            for (Digit d : e.getKey().digits()) {
                if (d.replica().equals(replica)) {
                    counter = Math.max(counter, d.counter());
                }
            }
        } else {
            deleted.add((Position) op.payload());
        }
    }

    private List<Position> visible() {
        List<Position> out = new ArrayList<>();
        for (Position p : inserted.keySet()) {
            if (!deleted.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public Logoot merge(Logoot other) {
        Logoot m = copy();
        other.inserted.forEach(m.inserted::putIfAbsent);
        m.deleted.addAll(other.deleted);
        m.counter = Math.max(counter, other.counter);
        return m;
    }

    @Override
    public List<String> value() {
        List<String> out = new ArrayList<>();
        for (Position p : visible()) {
            out.add(inserted.get(p));
        }
        return out;
    }

    @Override
    public Logoot copy() {
        Logoot c = new Logoot(replica, random.split().nextLong());
        c.counter = counter;
        c.inserted.putAll(inserted);
        c.deleted.addAll(deleted);
        return c;
    }

    @Override
    public boolean sameState(Logoot other) {
        return inserted.equals(other.inserted) && deleted.equals(other.deleted);
    }
}
