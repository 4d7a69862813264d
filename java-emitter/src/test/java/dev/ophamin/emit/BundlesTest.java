package dev.ophamin.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.model.ProofRecord;
import dev.ophamin.testing.SampleRecords;
import dev.ophamin.verify.HmacKey;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlesTest {
    private static final HmacKey KEY = HmacKey.ofText("k", "ophamin-scenario-proof-key");

    @Test
    void persistWritesTheReferenceLayout(@TempDir Path root) throws Exception {
        ProofRecord p = ProofSigner.sign(SampleRecords.proof(0.2, "<=", 0.05), KEY);
        Path dir = Bundles.persist(root, "Measurement_Machinery", "welch-t crosscheck!", p);
        assertEquals(root.resolve("measurement_machinery/welch-tcrosscheck/2026-05-18_refuted_" + p.proofId().substring(0, 12)), dir);
        assertArrayEquals(RecordFiles.bytes(p), Files.readAllBytes(dir.resolve("proof.json")));
        assertTrue(Files.exists(dir.resolve("proof.md")));
        assertTrue(Files.exists(dir.resolve("proof.html")));
        assertEquals(List.of("2026-05-18_refuted_" + p.proofId().substring(0, 12)), list(dir.getParent()));
    }

    @Test
    void anExistingBundleIsNeverOverwrittenSilently(@TempDir Path root) throws Exception {
        ProofRecord p = ProofSigner.sign(SampleRecords.proof(0.01, "<=", 0.05), KEY);
        Path dir = Bundles.persist(root, "t", "s", p);
        Files.writeString(dir.resolve("proof.md"), "edited by hand");
        assertThrows(FileAlreadyExistsException.class, () -> Bundles.persist(root, "t", "s", p));
        assertEquals("edited by hand", Files.readString(dir.resolve("proof.md")));
        Bundles.persist(root, "t", "s", p, true);
        assertTrue(Files.readString(dir.resolve("proof.md")).startsWith("# Ophamin Empirical Proof Record"));
        assertEquals(List.of(dir.getFileName().toString()), list(dir.getParent()), "no staging left behind");
    }

    @Test
    void unsignedOrStaleProofsAreRefused(@TempDir Path root) throws Exception {
        ProofRecord unsigned = SampleRecords.proof(0.01, "<=", 0.05);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bundles.persist(root, "t", "s", unsigned));
        assertTrue(e.getMessage().startsWith("signature:"));
        ProofRecord signed = ProofSigner.sign(unsigned, KEY);
        ProofRecord stale = SampleRecords.proof(0.02, "<=", 0.05).withIdAndSignature(signed.proofId(), signed.signature());
        assertThrows(IllegalArgumentException.class, () -> Bundles.persist(root, "t", "s", stale));
        assertFalse(Files.exists(root.resolve("t")));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
