package dev.ophamin.crdt;

/**
 * One operation a replica generated, as delivered to the others. {@code id} is unique per
 * operation ({@code replica:counter}); the payload is design-specific.
 */
public record Op(String id, String replica, boolean insert, Object payload) {
}
