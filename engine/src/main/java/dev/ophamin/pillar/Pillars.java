package dev.ophamin.pillar;

import static dev.ophamin.pillar.Library.HIPPARCHUS;
import static dev.ophamin.pillar.Library.OPHAMIN;

import java.util.List;
import java.util.Optional;

/** The registry of statistical pillars, in a fixed order. docs/pillars.md describes each. */
public final class Pillars {
    private static final String PKG = "dev.ophamin.pillar.";
    private static final String SCIPY = "scipy.stats.";

    private static final List<Pillar> ALL = List.of(
            new Pillar("welch-t", "Welch's unequal-variance two-sample t-test: t, Welch-Satterthwaite df, two-sided p;"
                    + " cross-checked against an own implementation", "samples a, b (>= 2 values each)", HIPPARCHUS,
                    SCIPY + "ttest_ind(equal_var=False)", PKG + "crosscheck.WelchT"),
            new Pillar("wilson-ci", "Wilson score interval for a binomial proportion; closed form cross-checked"
                    + " against bisection on the score-test inequality", "successes, trials, confidence", OPHAMIN,
                    "statsmodels proportion_confint(method='wilson')", PKG + "crosscheck.WilsonCi"),
            new Pillar("pearson-r", "Pearson correlation with two-sided p (t with n - 2 df); cross-checked against"
                    + " an own implementation", "paired x, y (>= 3)", HIPPARCHUS, SCIPY + "pearsonr",
                    PKG + "crosscheck.PearsonR"),
            new Pillar("spearman-rho", "Spearman rank correlation (average ranks for ties), p by the t approximation;"
                    + " cross-checked against an own implementation", "paired x, y (>= 3)", HIPPARCHUS,
                    SCIPY + "spearmanr", PKG + "crosscheck.SpearmanRho"),
            new Pillar("one-way-anova", "One-way ANOVA: F, between and within df, p; cross-checked against an own"
                    + " implementation", "k >= 2 groups", HIPPARCHUS, SCIPY + "f_oneway", PKG + "crosscheck.Anova"),
            new Pillar("mann-whitney-u", "Mann-Whitney U of the first sample, two-sided p from the tie-corrected"
                    + " normal approximation with continuity correction; cross-checked against an own implementation",
                    "samples a, b", HIPPARCHUS, SCIPY + "mannwhitneyu(method='asymptotic', use_continuity=True)",
                    PKG + "crosscheck.MannWhitney"),
            new Pillar("holm", "Holm step-down adjusted p-values and rejections (family-wise error rate)",
                    "p-values, alpha", OPHAMIN, "statsmodels multipletests(method='holm')",
                    PKG + "multiplicity.Correction#HOLM"),
            new Pillar("benjamini-hochberg", "Benjamini-Hochberg step-up adjusted p-values and rejections"
                    + " (false discovery rate)", "p-values, alpha", OPHAMIN,
                    "statsmodels multipletests(method='fdr_bh')", PKG + "multiplicity.Correction#BENJAMINI_HOCHBERG"),
            new Pillar("spc-individuals", "Shewhart individuals chart (centre = mean, sigma = mean moving range / 1.128)"
                    + " with the four Western Electric rules; each signal names its rule and index", "series (>= 2)",
                    OPHAMIN, "hand-derived series", PKG + "spc.IndividualsChart"),
            new Pillar("sample-ratio-mismatch", "Chi-square goodness of fit of arm counts against intended ratios:"
                    + " statistic, df, p", "counts, ratios", HIPPARCHUS, SCIPY + "chisquare",
                    PKG + "srm.SampleRatioMismatch"),
            new Pillar("adwin", "ADWIN2 adaptive windowing over an exponential histogram; detection indices",
                    "delta (confidence), max buckets per size (5)", OPHAMIN, "hand-derived streams and properties",
                    PKG + "drift.Adwin"),
            new Pillar("page-hinkley", "Page-Hinkley test for an increase in the mean; detection indices",
                    "delta (tolerated drift), lambda (threshold), alpha (forgetting factor)", OPHAMIN,
                    "hand-derived streams", PKG + "drift.PageHinkley"),
            new Pillar("wald-sprt", "Wald's SPRT for Bernoulli p0 vs p1 with A = (1-beta)/alpha, B = beta/(1-alpha)",
                    "p0, p1, alpha, beta", OPHAMIN, "hand-derived sequences", PKG + "sequential.WaldSprt"),
            new Pillar("mixture-sprt", "Mixture SPRT for a normal mean with known sigma and a normal mixing"
                    + " distribution; always-valid p-values p_n = min(p_{n-1}, 1/Lambda_n)", "theta0, sigma, tau, alpha",
                    OPHAMIN, "closed form and seeded simulations", PKG + "sequential.MixtureSprt"),
            new Pillar("meta-analysis", "Cumulative fixed-effect (inverse variance) and DerSimonian-Laird"
                    + " random-effects meta-analysis: estimate, SE, 95% CI, tau^2, Q, I^2 per step",
                    "effects, variances (in study order)", OPHAMIN,
                    "statsmodels combine_effects(method_re='dl')", PKG + "meta.MetaAnalysis"),
            new Pillar("k-fold", "k-fold cross-validation splits, optionally shuffled by a seed", "n, k, shuffle, seed",
                    OPHAMIN, "QuickTheories properties (partition)", PKG + "cv.Splitters#kFold"),
            new Pillar("shuffle-split", "Repeated seeded random train/test splits", "n, splits, test fraction, seed",
                    OPHAMIN, "QuickTheories properties (disjoint cover)", PKG + "cv.Splitters#shuffleSplit"),
            new Pillar("group-k-fold", "k folds in which no group straddles train and test", "groups, k, seed",
                    OPHAMIN, "QuickTheories properties (groups never straddle)", PKG + "cv.Splitters#groupKFold"),
            new Pillar("power-t-test", "Power and minimum detectable Cohen's d of the two-sided two-sample t-test"
                    + " (noncentral t by AS 243)", "d, n1, ratio, alpha, target power", OPHAMIN,
                    "statsmodels TTestIndPower", PKG + "power.Power#tTest"),
            new Pillar("power-proportion", "Power and minimum detectable Cohen's h of the two-sided one-sample"
                    + " proportion z-test", "h (or p0, p1), n, alpha, target power", OPHAMIN,
                    "statsmodels NormalIndPower(ratio=0)", PKG + "power.Power#proportion"));

    private Pillars() {
    }

    public static List<Pillar> all() {
        return ALL;
    }

    public static Optional<Pillar> find(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
