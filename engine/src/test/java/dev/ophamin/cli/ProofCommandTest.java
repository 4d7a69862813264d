package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofCommandTest {
    static Path proofs() {
        Path p = Path.of(System.getProperty("ophamin.shared", "../../shared"), "corpus", "ophamin", "proofs");
        Assumptions.assumeTrue(Files.isDirectory(p));
        return p;
    }

    @Test
    void listShowsEveryProofWithItsState() throws Exception {
        long expected = Files.readAllLines(proofs().getParent().resolve("MANIFEST.tsv")).stream()
                .filter(l -> l.startsWith("proofs/") && l.split("\t")[1].equals("proof")).count();
        CliRun r = CliRun.of("proof", "list", proofs().toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(expected + " proofs", lines[lines.length - 1]);
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.contains("unsigned")), "unsigned proofs are marked");
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.contains("valid (default)")));
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.contains(" id-mismatch ") || l.contains(" invalid ")));
    }

    @Test
    void indexWritesATableAndRefusesMissingDirs(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("INDEX.md");
        CliRun r = CliRun.of("proof", "index", "--out", out.toString(), proofs().toString());
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Proof index\n"));
        long rows = md.lines().filter(l -> l.startsWith("| `")).count();
        CliRun list = CliRun.of("proof", "list", proofs().toString());
        assertEquals(list.out().lines().count() - 1, rows);
        CliRun missing = CliRun.of("proof", "index", tmp.resolve("nope").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("not a directory"), missing.err());
        assertEquals(2, CliRun.of("proof").exit());
    }
}
