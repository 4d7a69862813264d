package dev.ophamin.pillar.cv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Cross-validation splitters, deterministic for a given seed (java.util.SplittableRandom and a
 * Fisher-Yates shuffle): k-fold, shuffle-split and group k-fold.
 */
public final class Splitters {
    private Splitters() {
    }

    /**
     * k folds of 0..n-1 whose test sets partition the indices; the first n mod k folds get one extra
     * index. With {@code shuffle} the indices are permuted by {@code seed} first, else kept in order.
     */
    public static List<Fold> kFold(int n, int k, boolean shuffle, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold: k must be at least 2, got " + k);
        }
        if (n < k) {
            throw new IllegalArgumentException("k-fold: needs at least k = " + k + " items, got " + n);
        }
        int[] order = identity(n);
        if (shuffle) {
            shuffle(order, new SplittableRandom(seed));
        }
        List<Fold> folds = new ArrayList<>();
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            folds.add(split(order, start, start + size));
            start += size;
        }
        return List.copyOf(folds);
    }

    /**
     * {@code splits} independent random splits: each permutes 0..n-1 and puts the first
     * ceil(testFraction n) indices in the test set (at least one, and at least one left to train).
     */
    public static List<Fold> shuffleSplit(int n, int splits, double testFraction, long seed) {
        if (splits < 1) {
            throw new IllegalArgumentException("shuffle-split: splits must be at least 1, got " + splits);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("shuffle-split: test fraction must be in (0, 1), got " + testFraction);
        }
        int testSize = (int) Math.ceil(testFraction * n);
        if (n < 2 || testSize >= n) {
            throw new IllegalArgumentException("shuffle-split: " + n + " items cannot hold a test set of "
                    + testSize + " and a training set");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Fold> folds = new ArrayList<>();
        for (int s = 0; s < splits; s++) {
            int[] order = identity(n);
            shuffle(order, rnd);
            folds.add(split(order, 0, testSize));
        }
        return List.copyOf(folds);
    }

    /**
     * k folds in which every group is entirely in one test set: groups go, largest first (equal
     * sizes in a seeded random order), to the fold holding the fewest items so far.
     */
    public static List<Fold> groupKFold(String[] groups, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("group k-fold: k must be at least 2, got " + k);
        }
        if (groups == null) {
            throw new IllegalArgumentException("group k-fold: groups missing");
        }
        Map<String, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == null) {
                throw new IllegalArgumentException("group k-fold: item " + i + " has no group");
            }
            members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        if (members.size() < k) {
            throw new IllegalArgumentException("group k-fold: needs at least k = " + k + " groups, got " + members.size());
        }
        List<String> names = new ArrayList<>(members.keySet());
        names.sort(Comparator.naturalOrder()); // HashMap order is not part of the contract
        String[] shuffled = names.toArray(String[]::new);
        shuffle(shuffled, new SplittableRandom(seed));
        List<String> ordered = new ArrayList<>(List.of(shuffled));
        ordered.sort(Comparator.comparingInt((String g) -> members.get(g).size()).reversed()); // stable
        int[] load = new int[k];
        int[] foldOf = new int[groups.length];
        for (String g : ordered) {
            int best = 0;
            for (int f = 1; f < k; f++) {
                if (load[f] < load[best]) {
                    best = f;
                }
            }
            load[best] += members.get(g).size();
            for (int i : members.get(g)) {
                foldOf[i] = best;
            }
        }
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> test = new ArrayList<>();
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < groups.length; i++) {
                (foldOf[i] == f ? test : train).add(i);
            }
            folds.add(new Fold(train.stream().mapToInt(Integer::intValue).toArray(),
                    test.stream().mapToInt(Integer::intValue).toArray()));
        }
        return List.copyOf(folds);
    }

    private static Fold split(int[] order, int from, int to) {
        int[] test = new int[to - from];
        int[] train = new int[order.length - test.length];
        int t = 0;
        for (int i = 0; i < order.length; i++) {
            if (i >= from && i < to) {
                test[i - from] = order[i];
            } else {
                train[t++] = order[i];
            }
        }
        return new Fold(train, test);
    }

    private static int[] identity(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("splitter: item count must be non-negative, got " + n);
        }
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static <T> void shuffle(T[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
