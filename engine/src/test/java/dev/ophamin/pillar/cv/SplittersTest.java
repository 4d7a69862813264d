package dev.ophamin.pillar.cv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplittersTest {
    @Test
    void kFoldTestSetsPartitionTheIndices() {
        qt().withExamples(1000).forAll(integers().between(2, 10), integers().between(0, 200), booleans().all(), longs().all())
                .checkAssert(SplittersTest::kFoldPartitions);
    }

    private static void kFoldPartitions(int k, int extra, boolean shuffle, long seed) {
        int n = k + extra;
        List<Fold> folds = Splitters.kFold(n, k, shuffle, seed);
        assertEquals(k, folds.size());
        int[] seen = new int[n];
        for (Fold f : folds) {
            assertTrue(f.test().length == n / k || f.test().length == n / k + 1);
            assertDisjointCover(f, n);
            for (int i : f.test()) {
                seen[i]++;
            }
        }
        for (int c : seen) {
            assertEquals(1, c);
        }
        assertEquals(folds, Splitters.kFold(n, k, shuffle, seed)); // deterministic
    }

    @Test
    void shuffleSplitsAreDisjointCovers() {
        qt().withExamples(1000).forAll(integers().between(2, 300), integers().between(1, 9), longs().all())
                .checkAssert(SplittersTest::shuffleSplitCovers);
    }

    private static void shuffleSplitCovers(int n, int tenths, long seed) {
        double fraction = tenths / 10.0;
        int testSize = (int) Math.ceil(fraction * n);
        if (testSize >= n) {
            assertThrows(IllegalArgumentException.class, () -> Splitters.shuffleSplit(n, 3, fraction, seed));
            return;
        }
        List<Fold> folds = Splitters.shuffleSplit(n, 3, fraction, seed);
        for (Fold f : folds) {
            assertEquals(testSize, f.test().length);
            assertDisjointCover(f, n);
        }
        assertEquals(folds, Splitters.shuffleSplit(n, 3, fraction, seed));
    }

    @Test
    void groupsNeverStraddleTrainAndTest() {
        qt().withExamples(1000).forAll(integers().between(2, 6), integers().between(0, 20), integers().between(0, 100),
                longs().all()).checkAssert(SplittersTest::groupsStayWhole);
    }

    private static void groupsStayWhole(int k, int extraGroups, int extraItems, long seed) {
        int groupCount = k + extraGroups;
        int n = groupCount + extraItems;
        String[] groups = new String[n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            // every group has at least one member, the rest land anywhere
            groups[i] = "g" + (i < groupCount ? i : rnd.nextInt(groupCount));
        }
        List<Fold> folds = Splitters.groupKFold(groups, k, seed);
        assertEquals(k, folds.size());
        int[] seen = new int[n];
        for (Fold f : folds) {
            assertDisjointCover(f, n);
            Set<String> testGroups = new HashSet<>();
            for (int i : f.test()) {
                testGroups.add(groups[i]);
                seen[i]++;
            }
            for (int i : f.train()) {
                assertTrue(!testGroups.contains(groups[i]), "group " + groups[i] + " straddles");
            }
        }
        for (int c : seen) {
            assertEquals(1, c);
        }
        assertEquals(folds, Splitters.groupKFold(groups, k, seed));
    }

    private static void assertDisjointCover(Fold f, int n) {
        assertEquals(n, f.train().length + f.test().length);
        Set<Integer> all = new HashSet<>();
        for (int i : f.train()) {
            all.add(i);
        }
        for (int i : f.test()) {
            all.add(i);
        }
        assertEquals(n, all.size());
        assertTrue(all.stream().allMatch(i -> i >= 0 && i < n));
    }

    @Test
    void unshuffledKFoldIsContiguous() {
        List<Fold> folds = Splitters.kFold(7, 3, false, 0);
        assertArrayEquals(new int[] {0, 1, 2}, folds.get(0).test());
        assertArrayEquals(new int[] {3, 4}, folds.get(1).test());
        assertArrayEquals(new int[] {5, 6}, folds.get(2).test());
        assertNotEquals(Splitters.kFold(50, 5, true, 1), Splitters.kFold(50, 5, true, 2));
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> Splitters.kFold(3, 5, false, 0));
        assertThrows(IllegalArgumentException.class, () -> Splitters.kFold(10, 1, false, 0));
        assertThrows(IllegalArgumentException.class, () -> Splitters.shuffleSplit(10, 2, 1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> Splitters.groupKFold(new String[] {"a", "a", "b"}, 3, 0));
    }
}
