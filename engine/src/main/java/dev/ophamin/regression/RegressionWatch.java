package dev.ophamin.regression;

import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.model.VerdictTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pairs two snapshots and classifies every verdict change into an unsigned alert. */
public final class RegressionWatch {
    private RegressionWatch() {
    }

    public static RegressionAlertRecord compare(ProofSnapshot before, ProofSnapshot after, String generatedAt,
                                                String ophaminVersion, String ophaminGitCommit) {
        List<VerdictTransition> transitions = new ArrayList<>();
        List<String> onlyBefore = new ArrayList<>();
        List<String> onlyAfter = new ArrayList<>();
        for (Map.Entry<String, ProofSnapshot.Entry> e : before.byKey().entrySet()) {
            ProofSnapshot.Entry a = after.byKey().get(e.getKey());
            if (a == null) {
                onlyBefore.add(e.getValue().relativePath().toString());
                continue;
            }
            ProofSnapshot.Entry b = e.getValue();
            ProofRecord bp = b.proof();
            ProofRecord ap = a.proof();
            String bv = bp.verdict().outcome().name();
            String av = ap.verdict().outcome().name();
            transitions.add(new VerdictTransition(e.getKey(), b.scenario(), bp.claim().threshold().metric(), bv,
                    bp.verdict().observedValue(), bp.data().substrateGitCommit(), b.relativePath().toString(), av,
                    ap.verdict().observedValue(), ap.data().substrateGitCommit(), a.relativePath().toString(),
                    VerdictTransition.classify(bv, av)));
        }
        for (Map.Entry<String, ProofSnapshot.Entry> e : after.byKey().entrySet()) {
            if (!before.byKey().containsKey(e.getKey())) {
                onlyAfter.add(e.getValue().relativePath().toString());
            }
        }
        return RegressionAlertRecord.unsigned(before.root().toString(), after.root().toString(), before.size(),
                after.size(), generatedAt, ophaminVersion, ophaminGitCommit, transitions, onlyBefore, onlyAfter);
    }
}
