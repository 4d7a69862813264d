package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.pillar.Pillars;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs 'pillar' under the real Main configuration. */
class PillarCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void listPrintsEveryPillar() {
        Run r = run("pillar", "list");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Pillars.all().size(), r.out().strip().split("\n").length);
        assertTrue(r.out().contains("welch-t") && r.out().contains("hipparchus 4.0.2"), r.out());
    }

    @Test
    void listJsonIsAnArrayOfPillars() throws Exception {
        Run r = run("pillar", "list", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonArray a = (JsonArray) JsonReader.standard().read(r.out().getBytes(StandardCharsets.UTF_8));
        assertEquals(Pillars.all().size(), a.size());
        JsonObject first = (JsonObject) a.get(0);
        assertEquals(new JsonString(Pillars.all().get(0).name()), first.get("name"));
        assertTrue(first.has("library_version") && first.has("method"));
    }

    @Test
    void showPrintsOnePillar() throws Exception {
        Run r = run("pillar", "show", "adwin");
        assertEquals(0, r.exit(), r.err());
        JsonObject o = (JsonObject) JsonReader.standard().read(r.out().getBytes(StandardCharsets.UTF_8));
        assertEquals(new JsonString("ophamin"), o.get("library"));
    }

    @Test
    void unknownNameIsAUsageError() {
        Run r = run("pillar", "show", "no-such");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("ophamin: pillar show: no pillar named 'no-such'"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, "one line, no stack trace");
    }
}
