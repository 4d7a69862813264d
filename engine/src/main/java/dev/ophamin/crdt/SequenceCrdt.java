package dev.ophamin.crdt;

import java.util.List;

/**
 * A replicated sequence (list) CRDT. Local edits return the operation to broadcast; remote
 * operations may arrive in any order and more than once; whole states can be merged. Two replicas
 * that have seen the same operations hold the same sequence.
 */
public interface SequenceCrdt<S extends SequenceCrdt<S>> {
    /** Inserts {@code value} so that it ends up at {@code index} of the visible sequence. */
    Op insert(int index, String value);

    /** Deletes the visible element at {@code index}. */
    Op delete(int index);

    /** Applies an operation from another replica; applying it again changes nothing. */
    void apply(Op op);

    /** A new state holding everything this state and {@code other} hold. */
    S merge(S other);

    /** The visible sequence. */
    List<String> value();

    /** A copy that evolves independently. */
    S copy();

    /** Equality of the replicated state (not only of the visible value). */
    boolean sameState(S other);
}
