package sample;

import java.util.ArrayList;
import java.util.List;

/** A tiny ledger with a few deliberate defects for the audit tests. */
public class Ledger {
    private final List<Long> entries = new ArrayList<>();
    private String owner;

    public Ledger(String owner) {
        this.owner = owner;
    }

    public void add(long amount) {
        int scratch = 0;
        entries.add(amount);
    }

    public long total() {
        long sum = 0;
        for (Long e : entries) {
            sum += e;
        }
        return sum;
    }

    public boolean sameOwner(Ledger other) {
        return owner == other.owner;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ledger && ((Ledger) o).owner.equals(owner);
    }

    public void reset() {
        try {
            entries.clear();
        } catch (RuntimeException e) {
        }
    }
}
