package dev.ophamin.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lineage chains name the campaign a proof came from; provenance is PROV-JSON, and the check has teeth. */
class LineageTest {
    @Test
    void campaignProofsDescendFromTheCampaignRun(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("c");
        assertEquals(0, Cli.run("run-all", "--scenarios", "sample-ratio,crdt-laws", "--out-dir", out.toString()).exit());
        CampaignRecord c;
        List<Path> proofs;
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            c = (CampaignRecord) RecordFiles.read(files.stream().filter(p -> p.getFileName().toString()
                    .startsWith("campaign-")).findFirst().orElseThrow());
            proofs = files.stream().filter(p -> p.getFileName().toString().equals("proof.json")).toList();
        }
        String runId = ((JsonString) c.phases().get(0).summary().get("run_id")).value();
        assertTrue(runId.matches("[0-9a-f]{12}-\\d+-[0-9a-f]{8}"), runId);
        assertEquals(2, proofs.size());
        for (Path f : proofs) {
            ProofRecord p = (ProofRecord) RecordFiles.read(f);
            List<String> chain = p.reproduction().lineageChain();
            assertEquals(2, chain.size(), chain.toString());
            assertEquals(runId, chain.get(1));
            assertEquals(List.of(), ProvJson.problems(p.provenance()));
            JsonObject informed = (JsonObject) p.provenance().get("wasInformedBy");
            assertEquals("ophamin:run_" + runId, ((JsonString) ((JsonObject) informed.members().values().iterator().next())
                    .get("prov:informant")).value());
            Cli l = Cli.run("lineage", f.toString());
            assertEquals(0, l.exit(), l.err());
            assertTrue(l.out().contains("campaign " + c.campaignId().substring(0, 12)), l.out());
            assertTrue(l.out().contains("this scenario run") && l.out().contains("valid PROV-JSON"), l.out());
        }
        assertEquals(2, Cli.run("lineage", out.resolve("nope.json").toString()).exit());
    }

    @Test
    void theCheckFindsWhatIsNotProvJson() throws Exception {
        String[][] cases = {
            {"{\"entity\": {\"foo:x\": {}}}", "entity.foo:x: 'foo:x' is neither"},
            {"{\"prefix\": {\"ex\": \"u\"}, \"entity\": {\"ex:a\": {}}, \"used\": {\"_:u\": {\"prov:entity\": \"ex:a\"}}}",
                "used._:u: missing its required prov:activity"},
            {"{\"prefix\": {\"ex\": \"u\"}, \"activity\": {\"ex:r\": {}}, \"used\": {\"_:u\": {\"prov:activity\": \"ex:r\", "
                    + "\"prov:entity\": \"ex:missing\"}}}", "'ex:missing' is not declared under entity"},
            {"{\"prefix\": {\"ex\": \"u\"}, \"entity\": {\"ex:a\": {\"ex:n\": {\"nested\": 1}}}}", "not a PROV-JSON value"},
            {"{\"prefix\": {\"ex\": \"u\"}, \"entity\": {\"ex:a\": {\"ex:n\": {\"$\": 1, \"type\": \"bad:int\"}}}}",
                "literal type 'bad:int'"},
            {"{\"things\": {}}", "things: not a PROV-JSON section"},
        };
        for (String[] c : cases) {
            List<String> problems = ProvJson.problems(JsonReader.standard().read(c[0].getBytes()));
            assertTrue(problems.stream().anyMatch(p -> p.contains(c[1])), c[1] + " in " + problems);
        }
        assertEquals(List.of(), ProvJson.problems(JsonReader.standard().read(("{\"prefix\": {\"ex\": \"u\"}, \"entity\": "
                + "{\"ex:a\": {\"ex:n\": {\"$\": 1, \"type\": \"xsd:int\"}}}, \"activity\": {\"ex:r\": {}}, \"used\": "
                + "{\"_:u\": {\"prov:activity\": \"ex:r\", \"prov:entity\": \"ex:a\"}}}").getBytes())));
    }

    @Test
    void everyShippedProofsProvenanceIsProvJson() throws Exception {
        Path proofs = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin", "proofs");
        Assumptions.assumeTrue(Files.isDirectory(proofs));
        int n = 0;
        try (Stream<Path> s = Files.walk(proofs)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                try {
                    if (RecordFiles.read(f) instanceof ProofRecord p && p.provenance().size() > 0) {
                        assertEquals(List.of(), ProvJson.problems(p.provenance()), f.toString());
                        n++;
                    }
                } catch (dev.ophamin.DecodeException | dev.ophamin.model.RecordFormatException e) {
                    // not a proof
                }
            }
        }
        assertTrue(n > 50, "checked " + n);
    }
}
