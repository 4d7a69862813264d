package dev.ophamin.analysis;

import dev.ophamin.model.Evidence;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.PythonFormat;
import dev.ophamin.model.Threshold;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ophamin diagnose}: one proof explained — the claim, the verdict and the arithmetic behind
 * it, the pre-registration and whether it came first, the evidence, the same claim's other proofs
 * in the corpus and how their verdicts moved, and the command that reproduces it.
 */
public final class Diagnosis {
    private Diagnosis() {
    }

    /** The diagnosis as Markdown; {@code corpus} may be null (then no history). */
    public static String of(ProofRecord p, String key, ProofCorpus corpus) {
        StringBuilder b = new StringBuilder();
        Threshold t = p.verdict().threshold();
        double obs = p.verdict().observedValue();
        b.append("# Diagnosis of proof ").append(p.proofId(), 0, 16).append("\n\n");
        b.append("## Claim\n\n").append(p.claim().statement()).append("\n\n");
        b.append("- Operationalization: ").append(p.claim().operationalization()).append('\n');
        b.append("- H0: ").append(p.claim().h0()).append("\n- H1: ").append(p.claim().h1()).append("\n\n");
        b.append("## Verdict: ").append(p.verdict().outcome()).append("\n\n");
        boolean sat = t.decide(obs);
        b.append("- Arithmetic: observed ").append(PythonFormat.str(obs)).append(' ').append(t.comparator()).append(' ')
                .append(PythonFormat.str(t.value())).append(" is ").append(sat ? "true" : "false").append(", so the threshold is ")
                .append(sat ? "satisfied" : "not satisfied").append('\n');
        b.append("- Reasoning given: ").append(p.verdict().reasoning()).append('\n');
        b.append("- Consistent with the threshold: ").append(p.verdict().consistent() ? "yes" : "NO (the outcome "
                + "disagrees with the arithmetic)").append("\n\n");
        b.append("## Pre-registration\n\n");
        b.append("- Config hash: `").append(p.preregistration().configHash()).append("`\n");
        b.append("- Data hash: `").append(p.preregistration().dataHash()).append("`\n");
        b.append("- Plan: ").append(p.preregistration().analysisPlan()).append('\n');
        String at = p.preregistration().preregisteredAt();
        String created = p.identity().createdAt();
        b.append("- Registered at ").append(at).append(", proof created at ").append(created).append(": ")
                .append(at.compareTo(created) <= 0 ? "registered first" : "REGISTERED AFTER THE PROOF WAS CREATED")
                .append("\n\n");
        b.append("## Evidence\n\n| pillar | statistic | value | interval | p | library |\n|---|---|---|---|---|---|\n");
        for (Evidence e : p.evidence()) {
            b.append("| ").append(e.pillar()).append(" | ").append(e.statisticName()).append(" | ")
                    .append(e.statisticValue()).append(" | ")
                    .append(e.ciLow() == null ? "—" : "[" + e.ciLow() + ", " + e.ciHigh() + "]").append(" | ")
                    .append(e.pValue() == null ? "—" : e.pValue().toString()).append(" | ").append(e.library()).append(' ')
                    .append(e.libraryVersion()).append(" |\n");
        }
        b.append("\n## The same claim elsewhere in the corpus\n\n");
        if (corpus == null) {
            b.append("(no corpus given)\n");
        } else {
            List<ProofCorpus.Entry> same = corpus.entries().stream().filter(e -> e.key().equals(key)).toList();
            if (same.size() <= 1) {
                b.append("No other proof of this claim under ").append(corpus.root()).append(".\n");
            } else {
                b.append("| created | commit | value | verdict | file |\n|---|---|---|---|---|\n");
                for (ProofCorpus.Entry e : same) {
                    b.append("| ").append(e.createdAt()).append(" | ").append(shortCommit(e.commit())).append(" | ")
                            .append(PythonFormat.g(e.value(), 6)).append(" | ").append(e.outcome())
                            .append(e.proof().proofId().equals(p.proofId()) ? " (this proof)" : "").append(" | ")
                            .append(e.path()).append(" |\n");
                }
                List<String> moves = new ArrayList<>();
                for (int i = 1; i < same.size(); i++) {
                    if (!same.get(i).outcome().equals(same.get(i - 1).outcome())) {
                        moves.add(same.get(i - 1).outcome() + " -> " + same.get(i).outcome() + " at " + same.get(i).createdAt());
                    }
                }
                b.append('\n').append(moves.isEmpty() ? "The verdict never moved across " + same.size() + " proofs."
                        : "Verdict moves: " + String.join("; ", moves) + ".").append('\n');
            }
        }
        b.append("\n## Reproduce\n\n```\n").append(p.reproduction().command()).append("\n```\n");
        return b.toString();
    }

    static String shortCommit(String c) {
        return c.length() > 12 ? c.substring(0, 12) : (c.isEmpty() ? "—" : c);
    }
}
