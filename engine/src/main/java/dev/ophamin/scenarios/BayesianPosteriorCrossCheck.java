package dev.ophamin.scenarios;

import dev.ophamin.bayes.BetaBinomial;
import dev.ophamin.bayes.Posterior;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.model.Claim;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Threshold;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.Param;
import dev.ophamin.scenario.Params;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioInfo;
import dev.ophamin.scenario.ScenarioResult;
import dev.ophamin.scenario.Tier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/** Exact, grid and MCMC posteriors of a Bernoulli rate agree on mean and HDI within a bound. */
public final class BayesianPosteriorCrossCheck implements Scenario {
    @Override
    public ScenarioInfo info() {
        return new ScenarioInfo("bayesian-posterior-crosscheck", Tier.MEASUREMENT_MACHINERY, "bayesian",
                "Validate the engine's posterior computations against each other.",
                "Bernoulli data are simulated from the seed; the Beta posterior's mean and 94% HDI are computed exactly "
                        + "(conjugate, Hipparchus), on a grid, and by Metropolis MCMC; the largest disagreement is compared "
                        + "with a pre-registered bound.",
                "max over method pairs of |mean diff| and |HDI endpoint diffs|",
                "a posterior method is wrong or the sampler has not converged");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("n", "200", "Bernoulli trials"), new Param("rate", "0.3", "true rate of the simulation"),
                new Param("draws", "40000", "MCMC draws kept"), new Param("bound", "0.01", "pre-registered maximum disagreement"));
    }

    @Override
    public Claim claim(Params p) {
        return new Claim("Exact, grid and MCMC posteriors agree on the mean and 94% HDI within " + p.text("bound") + ".",
                "max absolute difference over pairs of methods of mean, HDI low and HDI high, Beta(1,1) prior",
                new Threshold("max_posterior_difference", "<=", p.number("bound"), "probability"),
                "H0: some pair disagrees by more than the bound.", "H1: all pairs agree within the bound.");
    }

    @Override
    public String analysisPlan(Params p) {
        return "simulate n Bernoulli(rate) from the seed; posterior Beta(1+k, 1+n-k): exact, 20000-point grid, MCMC "
                + "(burn-in 5000, thin 2, seed+1); compare";
    }

    long successes(Params p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long k = 0;
        for (int i = 0; i < p.integer("n"); i++) {
            if (rnd.nextDouble() < p.number("rate")) {
                k++;
            }
        }
        return k;
    }

    @Override
    public Dataset syntheticDataset(Params p, long seed) {
        byte[] data = (successes(p, seed) + "/" + p.text("n")).getBytes(StandardCharsets.UTF_8);
        return new Dataset("bernoulli-sample", RecordKind.sha256Hex(data), p.integer("n"), "generated from the seed", "synthetic");
    }

    @Override
    public ScenarioResult execute(RunContext ctx) {
        long n = ctx.params().integer("n");
        long k = successes(ctx.params(), ctx.seed());
        BetaBinomial bb = new BetaBinomial(1, 1, k, n);
        Posterior exact = bb.exact(0.94);
        Posterior grid = bb.grid(20000, 0.94);
        Posterior mcmc = bb.mcmc(ctx.params().integer("draws"), 5000, 2, ctx.seed() + 1, 0.94);
        double worst = Math.max(exact.maxDifference(grid), Math.max(exact.maxDifference(mcmc), grid.maxDifference(mcmc)));
        Evidence e = Evidence.builder().pillar("posterior-crosscheck").statistic("max_posterior_difference", worst)
                .library("hipparchus", Scenarios.HIPPARCHUS_VERSION)
                .crossCheck(worst <= ctx.params().number("bound") ? "passed" : "failed")
                // the posterior's interval is about the rate, not about the statistic: it stays in the detail
                .detail(JsonObject.builder().put("k", k).put("n", n)
                        .put("exact", summary(exact)).put("grid", summary(grid)).put("mcmc", summary(mcmc)).build())
                .build();
        return ScenarioResult.of(worst, List.of(e), 3);
    }

    private static JsonObject summary(Posterior p) {
        return JsonObject.builder().put("mean", p.mean()).put("sd", p.sd()).put("hdi_low", p.hdiLow())
                .put("hdi_high", p.hdiHigh()).build();
    }
}
