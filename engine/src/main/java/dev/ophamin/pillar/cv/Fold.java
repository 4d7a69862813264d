package dev.ophamin.pillar.cv;

import java.util.Arrays;

/** One train/test split of the indices 0..n-1; both arrays sorted ascending. */
public record Fold(int[] train, int[] test) {
    public Fold {
        train = train.clone();
        test = test.clone();
        Arrays.sort(train);
        Arrays.sort(test);
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fold f && Arrays.equals(train, f.train) && Arrays.equals(test, f.test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Fold[train=" + Arrays.toString(train) + ", test=" + Arrays.toString(test) + "]";
    }
}
