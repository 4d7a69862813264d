package dev.ophamin.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BetaBinomialTest {
    static double num(JsonObject o, String k) {
        JsonValue v = o.get(k);
        return v instanceof JsonFloat ? ((JsonFloat) v).value() : ((JsonInt) v).bigValue().doubleValue();
    }

    @Test
    void threeMethodsAgreeWithScipy() throws Exception {
        Path ref = Path.of(System.getProperty("ophamin.root", "..")).resolve("fixtures/bayes/reference.json");
        JsonArray cases = (JsonArray) JsonReader.standard().read(Files.readAllBytes(ref));
        assertEquals(5, cases.size());
        for (JsonValue v : cases.items()) {
            JsonObject c = (JsonObject) v;
            BetaBinomial bb = new BetaBinomial(num(c, "a"), num(c, "b"), (long) num(c, "k"), (long) num(c, "n"));
            double mass = num(c, "mass");
            Posterior exact = bb.exact(mass);
            assertEquals(num(c, "mean"), exact.mean(), 1e-12, c.toString());
            assertEquals(num(c, "sd"), exact.sd(), 1e-12);
            assertEquals(num(c, "hdi_low"), exact.hdiLow(), 1e-6, "hdi low " + c);
            assertEquals(num(c, "hdi_high"), exact.hdiHigh(), 1e-6, "hdi high " + c);
            Posterior grid = bb.grid(20000, mass);
            assertTrue(exact.maxDifference(grid) < 2e-3, "grid " + grid + " vs " + exact);
            Posterior mcmc = bb.mcmc(20000, 2000, 3, 11, mass);
            assertTrue(exact.maxDifference(mcmc) < 0.03, "mcmc " + mcmc + " vs " + exact);
        }
    }

    @Test
    void mcmcIsSeededAndArgumentsAreChecked() {
        BetaBinomial bb = new BetaBinomial(1, 1, 30, 100);
        assertEquals(bb.mcmc(2000, 200, 2, 5, 0.9), bb.mcmc(2000, 200, 2, 5, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new BetaBinomial(0, 1, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new BetaBinomial(1, 1, 3, 2));
        Posterior draws = BetaBinomial.fromDraws("t", new double[] {0.1, 0.2, 0.3, 0.4, 10}, 0.8);
        assertEquals(0.1, draws.hdiLow());
        assertEquals(0.4, draws.hdiHigh(), "the shortest interval leaves the outlier out");
    }
}
