package dev.ophamin.crdt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * RGA (replicated growable array): every element is a node inserted after a parent node, named by
 * a Lamport timestamp {@code (counter, replica)}; siblings are ordered newest first; deletions are
 * tombstones. Operations whose parent has not arrived yet wait in a buffer.
 */
public final class Rga implements SequenceCrdt<Rga> {
    /** A node: value, parent id (null for the head), tombstone flag. */
    record Node(String id, long counter, String replica, String parent, String value) {
    }

    private static final Comparator<Node> NEWEST_FIRST = Comparator.comparingLong(Node::counter).reversed()
            .thenComparing(Node::replica, Comparator.reverseOrder());

    private final String replica;
    private long clock;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private final Map<String, Op> pending = new TreeMap<>();

    public Rga(String replica) {
        this.replica = replica;
    }

    @Override
    public Op insert(int index, String value) {
        List<Node> visible = visibleNodes();
        if (index < 0 || index > visible.size()) {
            throw new IndexOutOfBoundsException("insert at " + index + " of " + visible.size());
        }
        String parent = index == 0 ? null : visible.get(index - 1).id();
        clock++;
        Node n = new Node(clock + "@" + replica, clock, replica, parent, value);
        Op op = new Op(n.id(), replica, true, n);
        apply(op);
        return op;
    }

    @Override
    public Op delete(int index) {
        List<Node> visible = visibleNodes();
        Op op = new Op("del:" + visible.get(index).id(), replica, false, visible.get(index).id());
        apply(op);
        return op;
    }

    @Override
    public void apply(Op op) {
        pending.put(op.id(), op);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (var it = pending.values().iterator(); it.hasNext(); ) {
                Op p = it.next();
                if (ready(p)) {
                    it.remove();
                    integrate(p);
                    progress = true;
                }
            }
        }
    }

    private boolean ready(Op op) {
        if (op.insert()) {
            String parent = ((Node) op.payload()).parent();
            return parent == null || nodes.containsKey(parent);
        }
        return nodes.containsKey((String) op.payload());
    }

    private void integrate(Op op) {
        if (op.insert()) {
            Node n = (Node) op.payload();
            nodes.putIfAbsent(n.id(), n);
            clock = Math.max(clock, n.counter());
        } else {
            deleted.add((String) op.payload());
        }
    }

    @Override
    public Rga merge(Rga other) {
        Rga m = copy();
        other.nodes.values().forEach(n -> m.apply(new Op(n.id(), n.replica(), true, n)));
        other.deleted.forEach(d -> m.apply(new Op("del:" + d, "", false, d)));
        other.pending.values().forEach(m::apply);
        return m;
    }

    @Override
    public List<String> value() {
        List<String> out = new ArrayList<>();
        visibleNodes().forEach(n -> out.add(n.value()));
        return out;
    }

    private List<Node> visibleNodes() {
        Map<String, List<Node>> children = new HashMap<>();
        for (Node n : nodes.values()) {
            children.computeIfAbsent(n.parent() == null ? "" : n.parent(), k -> new ArrayList<>()).add(n);
        }
        children.values().forEach(l -> l.sort(NEWEST_FIRST));
        List<Node> out = new ArrayList<>();
        walk("", children, out);
        return out;
    }

    private void walk(String id, Map<String, List<Node>> children, List<Node> out) {
        // iterative DFS: pre-order, children newest first
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        List<Node> roots = children.getOrDefault(id, List.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (!deleted.contains(n.id())) {
                out.add(n);
            }
            List<Node> cs = children.getOrDefault(n.id(), List.of());
            for (int i = cs.size() - 1; i >= 0; i--) {
                stack.push(cs.get(i));
            }
        }
    }

    @Override
    public Rga copy() {
        Rga c = new Rga(replica);
        c.clock = clock;
        c.nodes.putAll(nodes);
        c.deleted.addAll(deleted);
        c.pending.putAll(pending);
        return c;
    }

    @Override
    public boolean sameState(Rga other) {
        return nodes.equals(other.nodes) && deleted.equals(other.deleted) && pending.keySet().equals(other.pending.keySet());
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodes.keySet(), deleted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rga && sameState((Rga) o);
    }
}
