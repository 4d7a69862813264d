package dev.ophamin.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RecordSchemasTest {
    private final RecordSchemas schemas = new RecordSchemas();

    private static Path corpus() {
        Path p = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");
        Assumptions.assumeTrue(Files.isDirectory(p), "../shared/corpus/ophamin missing");
        return p;
    }

    @Test
    void everyShippedRecordConformsToItsSchema() throws Exception {
        Path root = corpus();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(root.resolve("MANIFEST.tsv"))) {
            String[] f = line.split("\t", -1);
            if (!(f[1].equals("proof") || f[1].equals("audit")) || f[2].equals("rejects")) {
                continue;
            }
            JsonObject rec = (JsonObject) JsonReader.standard().read(Files.readAllBytes(root.resolve(f[0])));
            RecordKind kind = RecordKind.detect(rec);
            List<String> errors = schemas.errors(kind, RecordKind.versionOf(rec), rec);
            if (!errors.isEmpty()) {
                failures.add(f[0] + ": " + errors);
            }
            checked++;
        }
        assertTrue(checked > 90, "checked " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void schemaCatchesWrongTypesAndExtraKeys() throws Exception {
        Path root = corpus();
        String first = Files.readAllLines(root.resolve("MANIFEST.tsv")).stream()
                .filter(l -> l.contains("\tproof\tverifies\t")).findFirst().orElseThrow().split("\t")[0];
        JsonObject rec = (JsonObject) JsonReader.standard().read(Files.readAllBytes(root.resolve(first)));
        JsonObject verdict = (JsonObject) rec.get("verdict");
        JsonObject bad = rec.with("verdict", verdict.with("outcome", new JsonString("MAYBE")))
                .with("extra", new JsonString("x"));
        List<String> errors = schemas.errors(RecordKind.PROOF, "1.0", bad);
        assertTrue(errors.stream().anyMatch(e -> e.contains("outcome")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("extra")), errors.toString());
    }

    @Test
    void everyKindAndVersionHasASchemaThatParses() {
        for (RecordKind kind : RecordKind.values()) {
            for (String v : kind.versions()) {
                String text = RecordSchemas.schemaText(kind, v);
                assertFalse(text.isBlank());
                // an empty object must fail every record schema: all of them require keys
                JsonValue empty = JsonObject.EMPTY;
                assertFalse(schemas.errors(kind, v, (JsonObject) empty).isEmpty(), kind + " " + v);
            }
        }
    }
}
