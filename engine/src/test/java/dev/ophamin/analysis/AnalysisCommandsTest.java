package dev.ophamin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.testing.Cli;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The corpus commands on corpora made by running scenarios on the mock substrate: drift-watch at
 * the plain model and at its collapse mode (a statistic moved on purpose: drift must be found),
 * and the same scenario twice at the same seed (nothing to find).
 */
class AnalysisCommandsTest {
    @TempDir
    static Path tmp;
    static Path moved;
    static Path same;

    @BeforeAll
    static void corpora() {
        moved = tmp.resolve("moved");
        same = tmp.resolve("same");
        for (String sub : List.of("mock", "mock:collapse=0.9")) {
            for (String seed : List.of("1", "2", "3")) {
                Cli r = Cli.run("scenario", "run", "drift-watch", "--seed", seed, "--substrate", sub, "--quiet", "--out",
                        moved.toString());
                assertTrue(r.exit() == 0 || r.exit() == 1 || r.exit() == 3, r.err());
            }
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(0, Cli.run("scenario", "run", "sample-ratio", "--seed", "5", "--quiet", "--out", same.toString()).exit());
        }
    }

    static JsonObject json(String text) throws Exception {
        return (JsonObject) JsonReader.standard().read(text.getBytes());
    }

    @Test
    void driftReportFindsTheMovedStatisticAndNothingElse() throws Exception {
        Cli r = Cli.run("drift-report", "--json", moved.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        JsonObject row = (JsonObject) ((JsonArray) json(r.out()).get("rows")).get(0);
        assertEquals("drift-watch", ((JsonString) row.get("scenario")).value());
        assertEquals("mock-model-1", ((JsonString) row.get("first_commit")).value());
        assertEquals("mock-model-1+collapse=0.9", ((JsonString) row.get("last_commit")).value());
        assertEquals(dev.ophamin.canonical.JsonBool.TRUE, row.get("significant"));
        Cli none = Cli.run("drift-report", same.toString());
        assertEquals(0, none.exit(), none.out());
        assertTrue(none.out().contains("single_commit"), none.out());
        assertEquals(2, Cli.run("drift-report", tmp.resolve("missing").toString()).exit());
    }

    @Test
    void summarizeCountsWhatIsThere() throws Exception {
        Cli r = Cli.run("summarize", "--json", moved.toString());
        assertEquals(0, r.exit(), r.err());
        JsonObject s = json(r.out());
        assertEquals(6L, ((JsonInt) s.get("proofs")).longValue());
        long counted = 0;
        for (var v : ((JsonObject) s.get("by_verdict")).members().values()) {
            counted += ((JsonInt) v).longValue();
        }
        assertEquals(6, counted);
        assertEquals(1L, ((JsonInt) s.get("claims")).longValue(), "one scenario, one claim");
        assertTrue(((JsonObject) s.get("by_scenario")).has("drift-watch"));
        Cli text = Cli.run("summarize", same.toString());
        assertTrue(text.out().contains("2 proofs, 1 claims"), text.out());
    }

    @Test
    void diagnoseShowsTheArithmeticAndTheHistory() throws Exception {
        Path proof;
        try (Stream<Path> s = Files.walk(moved)) {
            proof = s.filter(p -> p.getFileName().toString().equals("proof.json")).sorted().findFirst().orElseThrow();
        }
        Cli r = Cli.run("diagnose", "--across", moved.toString(), proof.toString());
        assertEquals(0, r.exit(), r.err());
        for (String s : List.of("## Claim", "## Verdict: ", "- Arithmetic: observed ", "registered first",
                "## The same claim elsewhere in the corpus", "(this proof)", "## Reproduce", "./ophamin scenario run drift-watch")) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
        assertEquals(7, r.out().lines().filter(l -> l.startsWith("| 2")).count() + 1, "six proofs of the claim: " + r.out());
        assertEquals(2, Cli.run("diagnose", moved.resolve("nope.json").toString()).exit());
    }

    @Test
    void analyzeWritesTableDataAFigureAndAPage() throws Exception {
        Path out = tmp.resolve("analysis");
        Cli r = Cli.run("analyze", "detection_delay_cycles", "--across", moved.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("detection_delay_cycles.csv"));
        assertEquals(7, csv.size(), "header and six proofs");
        assertTrue(csv.get(0).startsWith("created_at,scenario,substrate_commit,value"));
        JsonObject j = (JsonObject) JsonReader.standard().read(Files.readAllBytes(out.resolve("detection_delay_cycles.json")));
        assertEquals(6L, ((JsonInt) j.get("points")).longValue());
        String svg = Files.readString(out.resolve("detection_delay_cycles.svg"));
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes()));
        String texts = d.getDocumentElement().getTextContent();
        for (String s : List.of("detection_delay_cycles", "proof, in time order", "VALIDATED", "threshold")) {
            assertTrue(texts.contains(s), s + " in the figure's text: " + texts);
        }
        assertTrue(svg.split("<path", -1).length > 6, "a mark per proof");
        assertEquals(2, Cli.run("analyze", "no_such_metric", "--across", moved.toString(), "--out", out.toString()).exit());
        Browser.assertRenders(out.resolve("detection_delay_cycles.html"), "detection_delay_cycles", 6);
    }

    @Test
    void posteriorUpdatesInTimeOrder() throws Exception {
        Path out = tmp.resolve("post");
        Cli r = Cli.run("posterior", "drift-watch", "--across", moved.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonObject p = (JsonObject) JsonReader.standard().read(Files.readAllBytes(out.resolve("posterior_drift-watch.json")));
        List<dev.ophamin.canonical.JsonValue> steps = ((JsonArray) ((JsonObject) p.get("beta_binomial")).get("steps")).items();
        assertEquals(6, steps.size());
        long validated = 0;
        long refuted = 0;
        for (var v : steps) {
            JsonObject o = (JsonObject) v;
            String verdict = ((JsonString) o.get("verdict")).value();
            validated += verdict.equals("VALIDATED") ? 1 : 0;
            refuted += verdict.equals("REFUTED") ? 1 : 0;
            assertEquals((1.0 + validated) / (2.0 + validated + refuted), ((JsonFloat) o.get("mean")).value(), 1e-12);
        }
        String svg = Files.readString(out.resolve("posterior_drift-watch.svg"));
        String texts = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes())).getDocumentElement().getTextContent();
        for (String s : List.of("posterior probability of VALIDATED", "after proof n (time order)", "Beta-Binomial")) {
            assertTrue(texts.contains(s), s + " in the figure: " + texts);
        }
        assertEquals(2, Cli.run("posterior", "no-such-scenario", "--across", moved.toString(), "--out", out.toString()).exit());
    }

    @Test
    void betaIntervalsMatchScipy() {
        // scipy 1.17.1 stats.beta(1 + k, 1 + m).ppf(0.025), .ppf(0.975)
        double[][] ref = {{3, 1, 0.2835820638819105, 0.9472550494736831}, {10, 2, 0.5455289443234422, 0.9496189265088485}};
        for (double[] r : ref) {
            org.hipparchus.distribution.continuous.BetaDistribution b =
                    new org.hipparchus.distribution.continuous.BetaDistribution(1 + r[0], 1 + r[1]);
            assertEquals(r[2], b.inverseCumulativeProbability(0.025), 1e-9);
            assertEquals(r[3], b.inverseCumulativeProbability(0.975), 1e-9);
        }
    }

    /** Chromium, headless, loads a page and reports its DOM. */
    static final class Browser {
        static void assertRenders(Path html, String mustContain, int rows) throws Exception {
            Process p = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--dump-dom",
                    html.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String dom = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(dom.contains("<svg") && dom.contains(mustContain), "chromium rendered: " + dom.length() + " chars");
            assertEquals(rows, dom.split("<tr>", -1).length - 2, "table rows after the header");
        }
    }
}
