package dev.ophamin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content hash is the one spec/RECORDS.md states, recomputed here by sha256sum and sort. */
class AuditTargetTest {
    @Test
    void directoryHashIsTheSha256sumManifestInByteOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src/b"));
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve("src/b/Z.java"), "class Z {}\n");
        Files.writeString(dir.resolve("src/B.java"), "class B {}\n");
        Files.writeString(dir.resolve("a b.txt"), "spaced name\n");
        Files.writeString(dir.resolve("é.txt"), "non-ASCII name\n");
        Files.writeString(dir.resolve(".git/objects/x"), "not part of the tree\n");
        Files.writeString(dir.resolve(".hidden"), "hidden files count\n");
        AuditTarget t = AuditTarget.of(dir);
        assertEquals(List.of(".hidden", "a b.txt", "src/B.java", "src/b/Z.java", "é.txt"), t.files());
        // the spec's recipe, run by the shell tools themselves
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && find . -path ./.git -prune -o -type f -print "
                + "| sed 's|^\\./||' | LC_ALL=C sort | while IFS= read -r f; do sha256sum -- \"$f\"; done | sha256sum "
                + "| cut -d' ' -f1", "sh", dir.toString()).redirectErrorStream(true).start();
        String expected = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(expected, t.contentHash());
        Files.writeString(dir.resolve(".git/objects/x"), "changed");
        assertEquals(expected, AuditTarget.of(dir).contentHash(), "version-control state is not the tree");
        Files.writeString(dir.resolve("src/B.java"), "class B { }\n");
        org.junit.jupiter.api.Assertions.assertNotEquals(expected, AuditTarget.of(dir).contentHash());
    }

    @Test
    void aFileTargetHashesItsBytesAndPathsAreRelativeToItsDirectory(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.sh");
        Files.writeString(f, "echo hi\n");
        AuditTarget t = AuditTarget.of(f);
        assertEquals(dev.ophamin.verify.Hex.encode(java.security.MessageDigest.getInstance("SHA-256")
                .digest("echo hi\n".getBytes())), t.contentHash());
        assertEquals("x.sh", t.relativize(f.toString()));
        assertEquals(List.of(f), t.filesEndingWith(".sh"));
    }

    @Test
    void aMissingTargetIsRefusedWithItsPath(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuditTarget.of(dir.resolve("nope")));
        assertEquals(dir.resolve("nope") + ": no such file or directory", e.getMessage());
    }
}
