package dev.ophamin.campaign;

import dev.ophamin.model.Evidence;
import dev.ophamin.model.Outcome;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.pillar.multiplicity.Adjusted;
import dev.ophamin.pillar.multiplicity.Correction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's multiplicity correction. The family is every proof with a p-value (its first
 * evidence item that carries one). A VALIDATED proof whose hypothesis is not rejected after
 * correction becomes INCONCLUSIVE; correction never changes any other verdict, and never promotes.
 */
public final class Multiplicity {
    /** Corrected verdicts by proof id (every proof, corrected or not) and the adjusted p-values of the family. */
    public record Result(Map<String, Outcome> verdicts, Map<String, Double> adjustedP, int familySize, int demoted) {
    }

    private Multiplicity() {
    }

    public static Result correct(List<ProofRecord> proofs, String method, double alpha) {
        Map<String, Outcome> verdicts = new LinkedHashMap<>();
        List<ProofRecord> family = new ArrayList<>();
        List<Double> ps = new ArrayList<>();
        for (ProofRecord p : proofs) {
            verdicts.put(p.proofId(), p.verdict().outcome());
            Double pv = pValue(p);
            if (pv != null) {
                family.add(p);
                ps.add(pv);
            }
        }
        Map<String, Double> adjustedP = new LinkedHashMap<>();
        int demoted = 0;
        if (!method.equals("none") && !family.isEmpty()) {
            Adjusted adj = Correction.parse(method).apply(ps.stream().mapToDouble(Double::doubleValue).toArray(), alpha);
            for (int i = 0; i < family.size(); i++) {
                ProofRecord p = family.get(i);
                adjustedP.put(p.proofId(), adj.adjusted()[i]);
                if (p.verdict().outcome() == Outcome.VALIDATED && !adj.rejected()[i]) {
                    verdicts.put(p.proofId(), Outcome.INCONCLUSIVE);
                    demoted++;
                }
            }
        }
        return new Result(verdicts, adjustedP, family.size(), demoted);
    }

    /** The proof's family p-value: its first evidence item with a finite p-value, else null. */
    public static Double pValue(ProofRecord p) {
        for (Evidence e : p.evidence()) {
            if (e.pValue() != null && Double.isFinite(e.pValue().doubleValue())) {
                return e.pValue().doubleValue();
            }
        }
        return null;
    }
}
