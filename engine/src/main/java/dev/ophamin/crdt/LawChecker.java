package dev.ophamin.crdt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Checks the CRDT laws on seeded random concurrent editing sessions. In each trial, {@code replicas}
 * replicas edit concurrently; between edits, random subsets of others' operations are delivered in
 * random order, some twice. Then every operation reaches every replica (shuffled, with duplicates).
 */
public final class LawChecker {
    /** Counts of trials and of violations per law, with the first counterexample's trial seed. */
    public record Report(String design, int trials, int convergence, int commutativity, int associativity,
                         int idempotence, int redelivery, long firstFailingSeed) {
        public int violations() {
            return convergence + commutativity + associativity + idempotence + redelivery;
        }
    }

    private LawChecker() {
    }

    /**
     * Runs {@code trials} sessions; {@code factory} makes replica {@code r} of a session from a seed.
     */
    public static <S extends SequenceCrdt<S>> Report check(String design, BiFunction<String, Long, S> factory,
                                                           int trials, int replicas, int editsPerReplica, long seed) {
        int conv = 0;
        int comm = 0;
        int assoc = 0;
        int idem = 0;
        int redeliv = 0;
        long first = -1;
        SplittableRandom master = new SplittableRandom(seed);
        for (int t = 0; t < trials; t++) {
            long trialSeed = master.nextLong();
            SplittableRandom rnd = new SplittableRandom(trialSeed);
            List<S> rs = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                rs.add(factory.apply("r" + r, trialSeed + r));
            }
            List<Op> all = new ArrayList<>();
            for (int step = 0; step < editsPerReplica * replicas; step++) {
                int r = rnd.nextInt(replicas);
                S rep = rs.get(r);
                int size = rep.value().size();
                if (size > 0 && rnd.nextDouble() < 0.3) {
                    all.add(rep.delete(rnd.nextInt(size)));
                } else {
                    all.add(rep.insert(rnd.nextInt(size + 1), "v" + t + "-" + step));
                }
                if (rnd.nextDouble() < 0.3) {
                    // partial, shuffled delivery to one replica, with a duplicate
                    S target = rs.get(rnd.nextInt(replicas));
                    List<Op> some = new ArrayList<>(all.subList(rnd.nextInt(all.size()), all.size()));
                    Collections.shuffle(some, new java.util.Random(rnd.nextLong()));
                    some.forEach(target::apply);
                    if (!some.isEmpty()) {
                        target.apply(some.get(0));
                    }
                }
            }
            S a = rs.get(0).copy();
            S b = rs.get(1 % replicas).copy();
            S c = rs.get(2 % replicas).copy();
            boolean bad = false;
            if (!a.merge(b).sameState(b.merge(a)) || !a.merge(b).value().equals(b.merge(a).value())) {
                comm++;
                bad = true;
            }
            if (!a.merge(b).merge(c).sameState(a.merge(b.merge(c)))) {
                assoc++;
                bad = true;
            }
            if (!a.merge(a).sameState(a)) {
                idem++;
                bad = true;
            }
            for (S rep : rs) {
                List<Op> shuffled = new ArrayList<>(all);
                Collections.shuffle(shuffled, new java.util.Random(rnd.nextLong()));
                shuffled.forEach(rep::apply);
                List<String> before = rep.value();
                rep.apply(shuffled.get(rnd.nextInt(shuffled.size())));
                if (!before.equals(rep.value())) {
                    redeliv++;
                    bad = true;
                }
            }
            if (new HashSet<>(rs.stream().map(SequenceCrdt::value).toList()).size() != 1) {
                conv++;
                bad = true;
            }
            if (bad && first < 0) {
                first = trialSeed;
            }
        }
        return new Report(design, trials, conv, comm, assoc, idem, redeliv, first);
    }

    /**
     * Cross-implementation agreement. Two designs may order concurrent inserts differently, so what
     * must agree is compared: (1) a sequential script — one replica, no concurrency — gives the same
     * list in both; (2) after a concurrent session both hold the same multiset of live elements.
     * Returns the number of disagreeing trials.
     */
    public static int crossCheck(int trials, int edits, long seed) {
        int bad = 0;
        SplittableRandom master = new SplittableRandom(seed);
        for (int t = 0; t < trials; t++) {
            SplittableRandom rnd = new SplittableRandom(master.nextLong());
            Rga rga = new Rga("r0");
            Logoot logoot = new Logoot("r0", rnd.nextLong());
            List<String> plain = new ArrayList<>();
            for (int e = 0; e < edits; e++) {
                if (!plain.isEmpty() && rnd.nextDouble() < 0.3) {
                    int i = rnd.nextInt(plain.size());
                    plain.remove(i);
                    rga.delete(i);
                    logoot.delete(i);
                } else {
                    int i = rnd.nextInt(plain.size() + 1);
                    String v = "x" + e;
                    plain.add(i, v);
                    rga.insert(i, v);
                    logoot.insert(i, v);
                }
            }
            if (!plain.equals(rga.value()) || !plain.equals(logoot.value())) {
                bad++;
                continue;
            }
            // concurrent: the same edits split over two replicas of each design, then fully exchanged
            Rga ra = new Rga("a");
            Rga rb = new Rga("b");
            Logoot la = new Logoot("a", 1);
            Logoot lb = new Logoot("b", 2);
            for (int e = 0; e < edits; e++) {
                boolean onA = rnd.nextBoolean();
                String v = "y" + e;
                Rga r = onA ? ra : rb;
                Logoot l = onA ? la : lb;
                int size = r.value().size();
                int i = rnd.nextInt(size + 1);
                r.insert(i, v);
                l.insert(Math.min(i, l.value().size()), v);
            }
            List<String> fromRga = new ArrayList<>(ra.merge(rb).value());
            List<String> fromLogoot = new ArrayList<>(la.merge(lb).value());
            Collections.sort(fromRga);
            Collections.sort(fromLogoot);
            if (!fromRga.equals(fromLogoot)) {
                bad++;
            }
        }
        return bad;
    }
}
