package dev.ophamin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.cli.Main;
import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.service.ProofIndex;
import dev.ophamin.verify.Verifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The jobs at local[2] against the CLI on the same files. */
class SparkJobsTest {
    private static final Path CORPUS = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin");

    @BeforeAll
    static void session() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/ophamin missing");
        SparkSession.builder().master("local[2]").appName("ophamin-spark tests")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        SparkSession.getActiveSession().foreach(s -> {
            s.stop();
            return null;
        });
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void verifyGivesTheCliJsonLineForLine(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        int code = SparkMain.run("verify", "--out", out.toString(), CORPUS.toString());
        Run cli = cli("verify", "--json", CORPUS.toString());
        assertEquals(cli.exit(), code);
        List<String> ours = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(cli.out().lines().toList(), ours);
        assertTrue(ours.size() >= 100, ours.size() + " lines");
        Run summary = cli("verify", CORPUS.toString());
        JsonObject s = (JsonObject) JsonReader.standard().read(Files.readAllBytes(out.resolve("summary.json")));
        List<String> lines = summary.out().lines().toList();
        assertEquals(new JsonString(lines.get(lines.size() - 1)), s.get("summary"));
        assertTrue(Files.exists(out.resolve(JobOutput.SUCCESS)));
    }

    @Test
    void aCorruptFileIsARowAndParquetHoldsTheSameRows(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good;
        try (Stream<Path> s = Files.walk(CORPUS.resolve("exhibits"))) {
            good = s.filter(p -> p.getFileName().toString().equals("proof.json")).findFirst().orElseThrow();
        }
        Files.copy(good, in.resolve("good.json"));
        Files.writeString(in.resolve("corrupt.json"), "{\"proof_id\": ");
        Path out = tmp.resolve("out");
        int code = SparkMain.run("verify", "--parquet", "--out", out.toString(), in.resolve("corrupt.json").toString(),
                in.resolve("good.json").toString());
        assertEquals(1, code);
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"status\":\"ERROR\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"status\":\"OK\""), lines.get(1));
        List<Row> rows = SparkSession.active().read().parquet(out.resolve("results.parquet").toString())
                .orderBy("path").collectAsList();
        assertEquals(2, rows.size());
        assertEquals("ERROR", rows.get(0).getAs("status"));
        assertEquals(true, rows.get(1).getAs("ok"));
    }

    @Test
    void aNonEmptyOutputDirectoryIsRefusedAndLeftAsItWas(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "keep");
        assertEquals(2, SparkMain.run("verify", "--out", out.toString(), CORPUS.toString()));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(out.resolve("mine.txt")), s.toList());
        }
        assertEquals(2, SparkMain.run("verify", "--out", tmp.resolve("o2").toString(), tmp.resolve("absent").toString()));
        assertFalse(Files.exists(tmp.resolve("o2")), "no output for a missing input");
    }

    @Test
    void indexHasOneRowPerProof(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, SparkMain.run("index", "--out", out.toString(), CORPUS.toString()));
        List<Row> rows = SparkSession.active().read().parquet(out.resolve("index.parquet").toString()).collectAsList();
        JsonObject index = ProofIndex.of(CORPUS, "corpus");
        long proofs = rows.size();
        long indexed = ((dev.ophamin.canonical.JsonArray) index.get("proofs")).items().stream()
                .filter(v -> ((JsonObject) v).get("error") == null).count();
        assertEquals(indexed, proofs);
        Row r = rows.stream().filter(x -> ((String) x.getAs("path")).endsWith("proof.json")).findFirst().orElseThrow();
        JsonObject proof = (JsonObject) JsonReader.standard().read(Files.readAllBytes(Path.of((String) r.getAs("path"))));
        assertEquals(proof.get("proof_id"), new JsonString(r.getAs("proof_id")));
        assertEquals(((JsonObject) proof.get("verdict")).get("outcome"), new JsonString(r.getAs("verdict")));
        assertTrue(Files.exists(out.resolve(JobOutput.SUCCESS)));
    }

    @Test
    void watchAgreesWithWatchProofs(@TempDir Path tmp) throws Exception {
        Path before = CORPUS.resolve("exhibits");
        Path out = tmp.resolve("out");
        int code = SparkMain.run("watch", "--before", before.toString(), "--after", CORPUS.toString(), "--out",
                out.toString());
        Path cliAlert = tmp.resolve("cli-alert.json");
        Run cli = cli("watch-proofs", "--before", before.toString(), "--after", CORPUS.toString(), "--out",
                cliAlert.toString());
        assertEquals(cli.exit(), code, cli.err());
        RegressionAlertRecord ours = (RegressionAlertRecord) dev.ophamin.emit.RecordFiles.read(out.resolve("alert.json"));
        RegressionAlertRecord theirs = (RegressionAlertRecord) dev.ophamin.emit.RecordFiles.read(cliAlert);
        assertEquals(theirs.transitions(), ours.transitions());
        assertEquals(theirs.unmatchedInBefore(), ours.unmatchedInBefore());
        assertEquals(theirs.unmatchedInAfter(), ours.unmatchedInAfter());
        assertEquals(theirs.nBefore(), ours.nBefore());
        assertEquals(theirs.nAfter(), ours.nAfter());
        assertFalse(ours.transitions().isEmpty());
        assertTrue(Verifier.builder().build().verify(Files.readAllBytes(out.resolve("alert.json"))).ok());
        assertEquals("", Files.readString(out.resolve("unreadable.txt")));
    }

    @Test
    void aSweepOfFortyCellsWritesVerifiableProofsAndOneCampaign(@TempDir Path tmp) throws Exception {
        Path grid = tmp.resolve("grid.json");
        Files.writeString(grid, "{\"rate_high\": [1.5, 2.0, 3.0, 4.0], \"alpha\": [0.01, 0.05]}");
        Path out = tmp.resolve("out");
        int code = SparkMain.run("sweep", "--scenario", "injection-effect", "--grid", grid.toString(), "--seeds", "5",
                "--out", out.toString());
        assertEquals(0, code);
        List<String> cells = Files.readAllLines(out.resolve("cells.jsonl"));
        assertEquals(40, cells.size());
        assertTrue(cells.get(0).contains("\"params\":{\"alpha\":\"0.01\",\"rate_high\":\"1.5\"},\"proof_id\""), cells.get(0));
        List<Path> proofs;
        try (Stream<Path> s = Files.walk(out.resolve("proofs"))) {
            proofs = s.filter(p -> p.getFileName().toString().equals("proof.json")).toList();
        }
        assertEquals(40, proofs.size());
        // every proof verifies under the Python reference's rules, stdlib only
        Process py = new ProcessBuilder("python3", Path.of(System.getProperty("ophamin.root", ".."))
                .resolve("bench/python_reference_verify.py").toString(), "ophamin-scenario-proof-key",
                out.resolve("proofs").toString()).redirectErrorStream(true).start();
        String pyOut = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, py.waitFor());
        String[] f = pyOut.split(" ");
        assertEquals("40", f[0], pyOut);
        assertEquals("40", f[1], pyOut);
        byte[] campaign = Files.readAllBytes(out.resolve("campaign.json"));
        var r = Verifier.builder().build().verify(campaign);
        assertTrue(r.ok(), r.reasons().toString());
        var record = (dev.ophamin.model.CampaignRecord) dev.ophamin.emit.RecordFiles.parse(campaign);
        assertEquals(40, record.correctedVerdicts().size());
        assertEquals("holm", record.multiplicityCorrectionMethod());
    }

    @Test
    void aCellThatFailsIsReportedNotFatal(@TempDir Path tmp) throws Exception {
        Path grid = tmp.resolve("grid.json");
        Files.writeString(grid, "{\"rate_high\": [2.0, \"not-a-number\"]}");
        Path out = tmp.resolve("out");
        assertEquals(1, SparkMain.run("sweep", "--scenario", "injection-effect", "--grid", grid.toString(),
                "--seeds", "1", "--out", out.toString()));
        List<String> cells = Files.readAllLines(out.resolve("cells.jsonl"));
        assertEquals(2, cells.size());
        assertTrue(cells.get(0).contains("\"verdict\""), cells.get(0));
        assertTrue(cells.get(1).contains("\"error\""), cells.get(1));
        var record = (dev.ophamin.model.CampaignRecord) dev.ophamin.emit.RecordFiles.read(out.resolve("campaign.json"));
        assertEquals("failed", record.phases().get(0).status());
        assertTrue(Files.exists(out.resolve(JobOutput.SUCCESS)));

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"no_such_param\": [1]}");
        assertEquals(2, SparkMain.run("sweep", "--scenario", "injection-effect", "--grid", bad.toString(),
                "--seeds", "1", "--out", tmp.resolve("o2").toString()));
        assertFalse(Files.exists(tmp.resolve("o2")));
    }
}
