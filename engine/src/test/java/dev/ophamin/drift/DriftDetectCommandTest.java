package dev.ophamin.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.DriftScanRecord;
import dev.ophamin.testing.Cli;
import dev.ophamin.testing.PythonCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drift-detect end to end: files and substrates in, scans python3 accepts out, clean refusals. */
class DriftDetectCommandTest {
    static List<Path> scans(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("drift_")).sorted().toList();
        }
    }

    @Test
    void aCsvStepIsFoundByEveryDetectorAndThePythonReferenceAcceptsTheScans(@TempDir Path tmp) throws Exception {
        double[] x = DetectorTable.stream("step", 3);
        StringBuilder csv = new StringBuilder("t,value\n");
        for (int i = 0; i < x.length; i++) {
            csv.append(i).append(',').append(x[i]).append('\n');
        }
        Path in = tmp.resolve("s.csv");
        Files.writeString(in, csv);
        Path out = Files.createDirectory(tmp.resolve("out"));
        Cli r = Cli.run("drift-detect", "--input", in.toString(), "--column", "value", "--out-dir", out.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        List<Path> files = scans(out);
        assertEquals(4, files.size(), files.toString());
        for (Path f : files) {
            PythonCheck.accepts(f, "scan_id", "ophamin-drift-default-key", false);
            DriftScanRecord s = (DriftScanRecord) RecordFiles.read(f);
            assertEquals(2, s.schemaVersion());
            assertEquals(2000, s.nSamples());
            assertEquals("value", s.streamName());
            assertEquals(new ValueStream("value", x).hash(), s.streamHash());
            assertTrue(s.events().size() > 0, s.detectorName());
            assertEquals(0, Cli.run("verify", f.toString()).exit());
            assertEquals(0, Cli.run("validate", f.toString()).exit());
        }
        assertTrue(r.out().contains("adwin") && r.out().contains("drift event(s) at sample(s)"), r.out());
    }

    @Test
    void jsonLinesWithoutChangeExitZeroAndOutNamesTheFile(@TempDir Path tmp) throws Exception {
        StringBuilder jl = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            jl.append("{\"phi\": ").append(i % 2 == 0 ? "0.5" : "\"0.5\"").append("}\n");
        }
        Path in = tmp.resolve("s.jsonl");
        Files.writeString(in, jl);
        Cli r = Cli.run("drift-detect", "--input", in.toString(), "--column", "phi", "--detector", "cusum",
                "--key", "k1", "--out", tmp.resolve("one.json").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        PythonCheck.accepts(tmp.resolve("one.json"), "scan_id", "k1", false);
        assertEquals(0, ((DriftScanRecord) RecordFiles.read(tmp.resolve("one.json"))).events().size());
    }

    @Test
    void aScenariosSubstrateCyclesAreAStream(@TempDir Path tmp) throws Exception {
        Cli r = Cli.run("drift-detect", "--scenario", "immune-siege", "--limit", "120", "--detector", "adwin",
                "--out", tmp.resolve("s.json").toString());
        assertTrue(r.exit() == 0 || r.exit() == 1, r.out() + r.err());
        DriftScanRecord s = (DriftScanRecord) RecordFiles.read(tmp.resolve("s.json"));
        assertEquals("phi", s.streamName());
        assertTrue(s.nSamples() > 0 && s.nSamples() <= 120, Long.toString(s.nSamples()));
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingWritten(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "a,b\n1,2\n3,x\n");
        Path jl = tmp.resolve("bad.jsonl");
        Files.writeString(jl, "{\"a\": 1}\n{\"a\": null}\n");
        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "a\n");
        Path exists = tmp.resolve("exists.json");
        Files.writeString(exists, "{}");
        String[][] cases = {
            {"--input", csv.toString(), "--column", "b"},
            {"--input", csv.toString(), "--column", "c"},
            {"--input", jl.toString(), "--column", "a"},
            {"--input", empty.toString(), "--column", "a"},
            {"--input", tmp.resolve("none.csv").toString(), "--column", "a"},
            {"--input", csv.toString()},
            {},
            {"--input", csv.toString(), "--column", "a", "--detector", "nope"},
            {"--input", csv.toString(), "--column", "a", "--detector", "adwin:delta=5"},
            {"--input", csv.toString(), "--column", "a", "--out", tmp.resolve("x.json").toString()},
            {"--input", csv.toString(), "--column", "a", "--detector", "adwin", "--out", exists.toString()},
            {"--scenario", "nope"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length + 3];
            args[0] = "drift-detect";
            System.arraycopy(c, 0, args, 1, c.length);
            args[c.length + 1] = "--out-dir";
            args[c.length + 2] = tmp.toString();
            Cli r = Cli.run(args);
            assertEquals(2, r.exit(), String.join(" ", c) + ": " + r.out() + r.err());
            assertTrue(r.err().startsWith("ophamin: ") && !r.err().contains("\tat "), r.err());
        }
        assertEquals(List.of(), scans(tmp), "nothing written");
        assertTrue(!Files.exists(tmp.resolve("x.json")));
    }
}
