package dev.ophamin.regression;

import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.model.VerdictTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pairs two snapshots and classifies every verdict change into an unsigned alert. */
public final class RegressionWatch {
    private RegressionWatch() {
    }

    /** The alert between two snapshots read from local directories. */
    public static RegressionAlertRecord compare(ProofSnapshot before, ProofSnapshot after, String generatedAt,
                                                String ophaminVersion, String ophaminGitCommit) {
        return compare(before.root().toString(), before.size(), before.facts(), after.root().toString(), after.size(),
                after.facts(), generatedAt, ophaminVersion, ophaminGitCommit);
    }

    /**
     * The alert between two sets of standing proofs, however they were read (a cluster reads them
     * in parallel): one transition per key in both, in key order; keys in one only are listed by path.
     *
     * @param beforeRoot how the earlier corpus is named
     * @param nBefore proofs read there (standing and superseded)
     * @param before the standing proof per key there
     * @param afterRoot how the later corpus is named
     * @param nAfter proofs read there
     * @param after the standing proof per key there
     * @param generatedAt the alert's time
     * @param ophaminVersion the engine's version
     * @param ophaminGitCommit the engine's commit
     * @return the unsigned alert
     */
    public static RegressionAlertRecord compare(String beforeRoot, long nBefore, Map<String, ProofFacts> before,
                                                String afterRoot, long nAfter, Map<String, ProofFacts> after,
                                                String generatedAt, String ophaminVersion, String ophaminGitCommit) {
        List<VerdictTransition> transitions = new ArrayList<>();
        List<String> onlyBefore = new ArrayList<>();
        List<String> onlyAfter = new ArrayList<>();
        for (Map.Entry<String, ProofFacts> e : new TreeMap<>(before).entrySet()) {
            ProofFacts b = e.getValue();
            ProofFacts a = after.get(e.getKey());
            if (a == null) {
                onlyBefore.add(b.relativePath());
                continue;
            }
            transitions.add(new VerdictTransition(e.getKey(), b.scenario(), b.metric(), b.verdict(), b.observed(),
                    b.substrateCommit(), b.relativePath(), a.verdict(), a.observed(), a.substrateCommit(),
                    a.relativePath(), VerdictTransition.classify(b.verdict(), a.verdict())));
        }
        for (Map.Entry<String, ProofFacts> e : new TreeMap<>(after).entrySet()) {
            if (!before.containsKey(e.getKey())) {
                onlyAfter.add(e.getValue().relativePath());
            }
        }
        return RegressionAlertRecord.unsigned(beforeRoot, afterRoot, nBefore, nAfter, generatedAt, ophaminVersion,
                ophaminGitCommit, transitions, onlyBefore, onlyAfter);
    }

}
