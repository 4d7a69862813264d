package dev.ophamin.pillar.crosscheck;

import java.util.List;

/** The independent implementations of each cross-checked statistic, Hipparchus first. */
public final class CrossChecks {
    private CrossChecks() {
    }

    public static List<WelchT> welchT() {
        return List.of(new HipparchusWelchT(), new OphaminWelchT());
    }

    /** Hipparchus has no Wilson interval: a closed form and a bisection on the score test. */
    public static List<WilsonCi> wilsonCi() {
        return List.of(new ClosedFormWilsonCi(), new BisectionWilsonCi());
    }

    public static List<PearsonR> pearsonR() {
        return List.of(new HipparchusPearsonR(), new OphaminPearsonR());
    }

    public static List<SpearmanRho> spearmanRho() {
        return List.of(new HipparchusSpearmanRho(), new OphaminSpearmanRho());
    }

    public static List<Anova> anova() {
        return List.of(new HipparchusAnova(), new OphaminAnova());
    }

    public static List<MannWhitney> mannWhitney() {
        return List.of(new HipparchusMannWhitney(), new OphaminMannWhitney());
    }
}
