package dev.ophamin.crdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrdtTest {
    @Test
    void bothDesignsObeyTheLaws() {
        LawChecker.Report rga = LawChecker.check("rga", (r, s) -> new Rga(r), 60, 3, 12, 42);
        LawChecker.Report logoot = LawChecker.check("logoot", Logoot::new, 60, 3, 12, 42);
        assertEquals(0, rga.violations(), rga.toString());
        assertEquals(0, logoot.violations(), logoot.toString());
        assertEquals(60, rga.trials());
        assertEquals(0, LawChecker.crossCheck(40, 30, 7));
    }

    @Test
    void sequentialEditsBehaveLikeAList() {
        Rga r = new Rga("a");
        r.insert(0, "b");
        r.insert(0, "a");
        r.insert(2, "c");
        r.delete(1);
        assertEquals(List.of("a", "c"), r.value());
        Logoot l = new Logoot("a", 1);
        l.insert(0, "b");
        l.insert(0, "a");
        l.insert(2, "c");
        l.delete(1);
        assertEquals(List.of("a", "c"), l.value());
    }

    @Test
    void outOfOrderDeliveryConverges() {
        Rga a = new Rga("a");
        Rga b = new Rga("b");
        Op x = a.insert(0, "x");
        Op y = a.insert(1, "y");
        Op dx = a.delete(0);
        b.apply(dx);
        b.apply(y);
        assertTrue(b.value().isEmpty(), "operations wait for their parent");
        b.apply(x);
        assertEquals(List.of("y"), b.value());
        assertEquals(a.value(), b.value());
    }

    /** A broken design for the checker to catch: it drops deletions that arrive from other replicas. */
    static final class ForgetfulRga implements SequenceCrdt<ForgetfulRga> {
        final Rga inner;
        int merges;

        ForgetfulRga(Rga inner) {
            this.inner = inner;
        }

        @Override
        public Op insert(int index, String value) {
            return inner.insert(index, value);
        }

        @Override
        public Op delete(int index) {
            return inner.delete(index);
        }

        @Override
        public void apply(Op op) {
            if (op.insert()) {
                inner.apply(op);
            } // drops remote deletions: replicas diverge
        }

        @Override
        public ForgetfulRga merge(ForgetfulRga other) {
            return new ForgetfulRga(inner.merge(other.inner));
        }

        @Override
        public List<String> value() {
            return new ArrayList<>(inner.value());
        }

        @Override
        public ForgetfulRga copy() {
            return new ForgetfulRga(inner.copy());
        }

        @Override
        public boolean sameState(ForgetfulRga other) {
            return inner.sameState(other.inner);
        }
    }

    @Test
    void theCheckerCatchesABrokenDesign() {
        LawChecker.Report r = LawChecker.check("forgetful", (rep, s) -> new ForgetfulRga(new Rga(rep)), 30, 3, 12, 42);
        assertTrue(r.convergence() > 0, r.toString());
        assertTrue(r.firstFailingSeed() != -1);
    }
}
