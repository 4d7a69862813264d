package dev.ophamin.analysis;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * {@code ophamin posterior}: Bayesian updating across a scenario's proofs in time order, with two
 * conjugate models stated in docs/analysis.md:
 * <ul>
 *   <li>Beta-Binomial on the verdicts: prior Beta(1, 1) on the probability that a run of the claim
 *       is VALIDATED; each VALIDATED adds 1 to alpha, each REFUTED 1 to beta, INCONCLUSIVE leaves it;
 *       95% equal-tailed interval.</li>
 *   <li>Normal-Normal on the statistic: a flat-enough prior N(0, 10^6 · max(1, s^2)) on its mean,
 *       each value an observation with the known variance s^2, the sample variance of all the values
 *       (plugged in; the model needs at least two distinct values); 95% interval mean ± 1.96 sd.</li>
 * </ul>
 */
public final class PosteriorSequence {
    private PosteriorSequence() {
    }

    public static JsonObject of(String scenario, List<ProofCorpus.Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no proof of scenario '" + scenario + "' in the corpus");
        }
        double a = 1;
        double b = 1;
        List<JsonValue> beta = new ArrayList<>();
        for (ProofCorpus.Entry e : entries) {
            switch (e.outcome()) {
                case "VALIDATED" -> a++;
                case "REFUTED" -> b++;
                default -> {
                }
            }
            BetaDistribution d = new BetaDistribution(a, b);
            beta.add(JsonObject.builder().put("proof_id", e.proof().proofId()).put("created_at", e.createdAt())
                    .put("verdict", e.outcome()).put("alpha", a).put("beta", b).put("mean", a / (a + b))
                    .put("low", d.inverseCumulativeProbability(0.025)).put("high", d.inverseCumulativeProbability(0.975))
                    .build());
        }
        double[] x = entries.stream().mapToDouble(ProofCorpus.Entry::value).filter(Double::isFinite).toArray();
        double s2 = DriftReport.var(x);
        JsonObject.Builder normal = JsonObject.builder().put("metric", entries.get(0).metric());
        if (x.length < 2 || !(s2 > 0)) {
            normal.put("status", "not fitted").put("reason", x.length < 2 ? "fewer than two finite values"
                    : "every value is the same: no variance to plug in");
        } else {
            double tau2 = 1e6 * Math.max(1, s2);
            double precision = 1 / tau2;
            double weighted = 0;
            List<JsonValue> steps = new ArrayList<>();
            for (ProofCorpus.Entry e : entries) {
                if (!Double.isFinite(e.value())) {
                    continue;
                }
                precision += 1 / s2;
                weighted += e.value() / s2;
                double mean = weighted / precision;
                double sd = Math.sqrt(1 / precision);
                steps.add(JsonObject.builder().put("proof_id", e.proof().proofId()).put("value", e.value())
                        .put("mean", mean).put("sd", sd).put("low", mean - 1.959963984540054 * sd)
                        .put("high", mean + 1.959963984540054 * sd).build());
            }
            normal.put("status", "fitted").put("plug_in_variance", s2).put("prior_mean", 0.0).put("prior_variance", tau2)
                    .put("steps", new JsonArray(steps));
        }
        return JsonObject.builder().put("scenario", scenario).put("proofs", (long) entries.size())
                .put("beta_binomial", JsonObject.builder().put("prior", "Beta(1, 1)").put("success", "VALIDATED")
                        .put("steps", new JsonArray(beta)).build())
                .put("normal_normal", normal.build()).build();
    }
}
