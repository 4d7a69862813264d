package dev.ophamin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    static List<CorpusRecord> all(Corpus c) {
        try (var s = c.records()) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void jsonLinesKeepIdsTextAndMetadata(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("d.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"hello\", \"label\": \"x\"}\n\n{\"text\": \"world\"}\n");
        Corpus c = CorpusCatalog.openDirectory("d", f);
        List<CorpusRecord> rs = all(c);
        assertEquals(2, rs.size());
        assertEquals("a", rs.get(0).id());
        assertEquals("x", rs.get(0).meta("label", ""));
        assertEquals("d.jsonl:2", rs.get(1).id());
        assertEquals(2, c.size());
        Files.writeString(f, "{\"id\": 1}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> all(CorpusCatalog.openDirectory("d", f)));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("\"text\""), e.getMessage());
    }

    @Test
    void csvFollowsRfc4180(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("r.csv");
        Files.writeString(f, "id,rating,text\nr1,5,\"a, b\"\nr2,1,\"she said \"\"no\"\"\nthen left\"\nr3,3,plain\n");
        List<CorpusRecord> rs = all(CorpusCatalog.openDirectory("r", f));
        assertEquals(3, rs.size());
        assertEquals("a, b", rs.get(0).text());
        assertEquals("she said \"no\"\nthen left", rs.get(1).text());
        assertEquals("1", rs.get(1).meta("rating", ""));
        Files.writeString(f, "id,text\nr1,a,b\n");
        assertThrows(IllegalArgumentException.class, () -> all(CorpusCatalog.openDirectory("r", f)));
    }

    @Test
    void mailFromMboxAndMaildir(@TempDir Path tmp) throws Exception {
        Path mbox = tmp.resolve("box.mbox");
        Files.writeString(mbox, "From a@x Mon Jan 1 00:00:00 2001\nFrom: a@x\nSubject: one\n\nbody one\n>From here\n"
                + "From b@x Mon Jan 1 00:00:00 2001\nFrom: b@x\nSubject: two\n  continued\n\nbody two\n");
        List<CorpusRecord> rs = all(CorpusCatalog.openDirectory("m", mbox));
        assertEquals(2, rs.size());
        assertEquals("body one\nFrom here", rs.get(0).text());
        assertEquals("two continued", rs.get(1).meta("subject", ""));
        Path md = tmp.resolve("enron");
        Files.createDirectories(md.resolve("maildir/lay-k/inbox"));
        Files.writeString(md.resolve("maildir/lay-k/inbox/1."), "From: k@enron\nTo: j@enron\nSubject: hi\n\nhello\n");
        Files.writeString(md.resolve("maildir/lay-k/inbox/2."), "From: k@enron\nSubject: re\n\nagain\n");
        Corpus c = CorpusCatalog.openDirectory("enron", md);
        assertEquals("mail", c.kind());
        assertEquals(List.of("hello", "again"), all(c).stream().map(CorpusRecord::text).collect(Collectors.toList()));
    }

    @Test
    void textFolderFloresAndGit(@TempDir Path tmp) throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("b.txt"), "second");
        Files.writeString(notes.resolve("a.txt"), "first");
        Files.writeString(notes.resolve("skip.bin"), "x");
        assertEquals(List.of("a.txt", "b.txt"), all(CorpusCatalog.openDirectory("n", notes)).stream().map(CorpusRecord::id)
                .collect(Collectors.toList()));

        Path fl = Files.createDirectories(tmp.resolve("fl/devtest"));
        Files.writeString(fl.resolve("eng_Latn.devtest"), "one\ntwo\n");
        Files.writeString(fl.resolve("fra_Latn.devtest"), "un\ndeux\n");
        List<CorpusRecord> rs = all(CorpusCatalog.openDirectory("fl", tmp.resolve("fl")));
        assertEquals("one", rs.get(0).text());
        assertEquals("deux", rs.get(1).meta("fra_Latn", ""));
        Files.writeString(fl.resolve("deu_Latn.devtest"), "eins\n");
        assertThrows(IllegalArgumentException.class, () -> all(CorpusCatalog.openDirectory("fl", tmp.resolve("fl"))));

        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Process init = new ProcessBuilder("sh", "-c", "git init -q && git -c user.name=t -c user.email=t@x commit -q --allow-empty "
                + "-m 'first commit' && git -c user.name=t -c user.email=t@x commit -q --allow-empty -m 'second'")
                .directory(repo.toFile()).inheritIO().start();
        assertEquals(0, init.waitFor());
        Corpus git = CorpusCatalog.openDirectory("repo", repo);
        assertEquals("git-log", git.kind());
        assertEquals(List.of("second", "first commit"), all(git).stream().map(CorpusRecord::text).collect(Collectors.toList()));
    }

    @Test
    void hashIsCachedAndRecomputedWhenDataChanges(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "alpha");
        String h1 = CorpusCatalog.openDirectory("c", dir).contentHash();
        assertTrue(Files.exists(dir.resolve(".ophamin-corpus-c.json")), "sidecar cache written");
        assertEquals(h1, CorpusCatalog.openDirectory("c", dir).contentHash());
        assertEquals(1, CorpusCatalog.openDirectory("c", dir).size(), "the sidecar is not a record");
        Files.writeString(f, "alpha2");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        String h2 = CorpusCatalog.openDirectory("c", dir).contentHash();
        assertNotEquals(h1, h2);
        // a cache claiming another hash for the current data is not trusted blindly: fingerprint must match
        Files.writeString(dir.resolve(".ophamin-corpus-c.json"), "{\"fingerprint\": \"x\", \"kind\": \"text-folder\", "
                + "\"content_hash\": \"bogus\", \"n_records\": 9}");
        assertEquals(h2, CorpusCatalog.openDirectory("c", dir).contentHash());
    }

    @Test
    void reservoirSampleIsDeterministicAndInOrder() {
        Corpus c = CorpusCatalog.open("payloads", Map.of());
        List<CorpusRecord> a = c.sample(10, 7);
        List<CorpusRecord> b = c.sample(10, 7);
        assertEquals(a, b);
        assertEquals(10, a.size());
        assertNotEquals(a, c.sample(10, 8));
        List<String> ids = a.stream().map(CorpusRecord::id).collect(Collectors.toList());
        assertEquals(ids.stream().sorted().collect(Collectors.toList()), ids, "sample keeps stream order");
        assertEquals(240, c.sample(1000, 1).size());
        try (var chunks = c.chunks(100)) {
            assertEquals(List.of(100, 100, 40), chunks.map(List::size).collect(Collectors.toList()));
        }
    }

    @Test
    void bundledSamplesAndMissingExternalCorpora(@TempDir Path tmp) {
        Map<String, Long> sizes = Map.of("payloads", 240L, "notes", 24L, "reviews", 60L, "office-mail", 30L, "phrasebook", 40L);
        sizes.forEach((name, n) -> {
            Corpus c = CorpusCatalog.open(name, Map.of());
            assertEquals(n, c.size(), name);
            assertEquals(64, c.contentHash().length());
            assertEquals("bundled:" + name, c.source());
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusCatalog.open("enron", Map.of("OPHAMIN_CORPORA", tmp.toString())));
        assertTrue(e.getMessage().contains("not downloaded") && e.getMessage().contains(tmp.resolve("enron").toString()),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CorpusCatalog.open("nope", Map.of()));
    }
}
