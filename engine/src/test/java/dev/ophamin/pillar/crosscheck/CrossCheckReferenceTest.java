package dev.ophamin.pillar.crosscheck;

import static dev.ophamin.pillar.Close.assertClose;
import static dev.ophamin.pillar.Close.assertRel;
import static dev.ophamin.pillar.Reference.doubles;
import static dev.ophamin.pillar.Reference.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.pillar.Reference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every implementation of every cross-checked statistic against scipy/statsmodels.
 * Statistics agree to 1e-9 relative. p-values agree to 1e-9 relative plus 1e-15 absolute:
 * Hipparchus forms some p-values as 1 - cdf, which rounds tiny tails to multiples of 2^-53.
 */
class CrossCheckReferenceTest {
    private static final double P_ABS = 1e-15;

    @Test
    void welchAgreesWithScipy() {
        List<JsonObject> cases = Reference.cases("welch_t");
        assertTrue(cases.size() >= 20);
        for (WelchT impl : CrossChecks.welchT()) {
            for (int i = 0; i < cases.size(); i++) {
                JsonObject c = cases.get(i);
                WelchT.Result r = impl.compute(doubles(c, "a"), doubles(c, "b"));
                String at = impl.label() + " welch case " + i;
                assertRel(num(c, "t"), r.t(), at + " t");
                assertRel(num(c, "df"), r.df(), at + " df");
                assertClose(num(c, "p"), r.p(), 1e-9, P_ABS, at + " p");
            }
        }
    }

    @Test
    void wilsonAgreesWithStatsmodels() {
        List<JsonObject> cases = Reference.cases("wilson");
        for (WilsonCi impl : CrossChecks.wilsonCi()) {
            for (int i = 0; i < cases.size(); i++) {
                JsonObject c = cases.get(i);
                WilsonCi.Interval r = impl.compute((long) num(c, "successes"), (long) num(c, "trials"),
                        num(c, "confidence"));
                String at = impl.label() + " wilson case " + i;
                // statsmodels leaves ~1e-17 of rounding at the 0 and 1 ends; hence the absolute term
                assertClose(num(c, "lower"), r.lower(), 1e-9, 1e-15, at + " lower");
                assertClose(num(c, "upper"), r.upper(), 1e-9, 1e-15, at + " upper");
            }
        }
    }

    @Test
    void correlationsAgreeWithScipy() {
        List<JsonObject> cases = Reference.cases("correlation");
        for (int i = 0; i < cases.size(); i++) {
            JsonObject c = cases.get(i);
            double[] x = doubles(c, "x");
            double[] y = doubles(c, "y");
            for (PearsonR impl : CrossChecks.pearsonR()) {
                PearsonR.Result r = impl.compute(x, y);
                String at = impl.label() + " pearson case " + i;
                assertClose(num(c, "pearson_r"), r.r(), 1e-9, 1e-15, at + " r");
                assertClose(num(c, "pearson_p"), r.p(), 1e-9, P_ABS, at + " p");
            }
            for (SpearmanRho impl : CrossChecks.spearmanRho()) {
                SpearmanRho.Result r = impl.compute(x, y);
                String at = impl.label() + " spearman case " + i;
                assertClose(num(c, "spearman_rho"), r.rho(), 1e-9, 1e-15, at + " rho");
                assertClose(num(c, "spearman_p"), r.p(), 1e-9, P_ABS, at + " p");
            }
        }
    }

    @Test
    void anovaAgreesWithScipy() {
        List<JsonObject> cases = Reference.cases("anova");
        for (Anova impl : CrossChecks.anova()) {
            for (int i = 0; i < cases.size(); i++) {
                JsonObject c = cases.get(i);
                List<double[]> groups = new ArrayList<>();
                for (JsonValue g : ((dev.ophamin.canonical.JsonArray) c.get("groups")).items()) {
                    groups.add(doubles(g));
                }
                Anova.Result r = impl.compute(groups);
                String at = impl.label() + " anova case " + i;
                assertRel(num(c, "f"), r.f(), at + " F");
                assertEquals((int) num(c, "df_between"), r.dfBetween(), at + " df between");
                assertEquals((int) num(c, "df_within"), r.dfWithin(), at + " df within");
                assertClose(num(c, "p"), r.p(), 1e-9, P_ABS, at + " p");
            }
        }
    }

    @Test
    void mannWhitneyAgreesWithScipy() {
        List<JsonObject> cases = Reference.cases("mann_whitney");
        for (MannWhitney impl : CrossChecks.mannWhitney()) {
            for (int i = 0; i < cases.size(); i++) {
                JsonObject c = cases.get(i);
                MannWhitney.Result r = impl.compute(doubles(c, "a"), doubles(c, "b"));
                String at = impl.label() + " mann-whitney case " + i;
                assertEquals(num(c, "u"), r.u(), at + " U");
                assertClose(num(c, "p"), r.p(), 1e-9, P_ABS, at + " p");
            }
        }
    }
}
