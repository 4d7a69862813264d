package dev.ophamin.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk API answers every file, in order, as one verify call per file would. */
class VerifyFilesTest {
    @TempDir
    Path dir;

    @Test
    void manyThreadsAnswerInInputOrderWhatOneCallPerFileAnswers() throws Exception {
        List<Path> files = new ArrayList<>();
        Verifier.Builder b = Verifier.builder().diagnostics(false);
        int i = 0;
        // the shipped records several times over (ok, failing, unreadable and not-records mixed)
        for (int round = 0; round < 3; round++) {
            for (Shared.Row r : Shared.manifest()) {
                if (!r.key().isEmpty() && round == 0) {
                    b.key(HmacKey.ofText("k" + i, r.key()));
                }
                Path copy = dir.resolve(String.format("r%05d.json", i++));
                Files.copy(r.file(), copy);
                files.add(copy);
            }
            files.add(dir.resolve("missing-" + round + ".json"));
        }
        Verifier verifier = b.build();
        for (int threads : new int[] {1, 2, 5}) {
            List<FileVerification> got = new ArrayList<>();
            verifier.verifyFiles(files, threads, got::add);
            assertEquals(files.size(), got.size());
            for (int k = 0; k < files.size(); k++) {
                FileVerification v = got.get(k);
                assertEquals(files.get(k), v.path(), "order, " + threads + " threads");
                if (v.path().getFileName().toString().startsWith("missing")) {
                    assertNull(v.result());
                    assertTrue(v.readError() instanceof NoSuchFileException);
                } else {
                    assertNotNull(v.result());
                    assertEquals(ShippedRecordsTest.essence(verifier.verify(Files.readAllBytes(v.path()))),
                            ShippedRecordsTest.essence(v.result()), v.path().toString());
                }
            }
            assertTrue(got.stream().anyMatch(FileVerification::ok));
            assertTrue(got.stream().anyMatch(v -> v.result() != null && !v.ok()));
        }
    }

    @Test
    void refusesNoThreads() {
        Verifier v = Verifier.builder().build();
        assertThrows(IllegalArgumentException.class, () -> v.verifyFiles(List.of(), 0, x -> { }));
    }

    @Test
    void aSinkThatThrowsStopsTheRunAndTheExceptionReachesTheCaller() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            Path p = dir.resolve("f" + k + ".json");
            Files.writeString(p, "{}");
            files.add(p);
        }
        int[] seen = {0};
        RuntimeException e = assertThrows(RuntimeException.class, () -> Verifier.builder().build()
                .verifyFiles(files, 2, v -> {
                    if (++seen[0] == 3) {
                        throw new RuntimeException("stop");
                    }
                }));
        assertEquals("stop", e.getMessage());
        assertEquals(3, seen[0]);
    }
}
