package dev.ophamin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.emit.AuthorKey;
import dev.ophamin.emit.AuthorKeyFile;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.ProofRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The emitter's CLI classes, run in-process the way Main configures commands. */
class EmitterCommandsTest {
    private static final Path EXHIBIT = Path.of(System.getProperty("ophamin.shared"),
            "corpus/ophamin/exhibits/wedge_memory_2026-05-31/proofs/2026-05-31_refuted_436d337cb75c");

    record Run(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Run run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof CliException) {
                line.getErr().println("ophamin: " + ex.getMessage());
                return ((CliException) ex).exitCode();
            }
            line.getErr().println("ophamin: internal error: " + ex);
            return ExitCode.INTERNAL;
        });
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            int code = cl.execute(args);
            return new Run(code, out.toByteArray(), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void envelopeWrapReproducesTheShippedEnvelope() throws Exception {
        Run r = run(new EnvelopeCommand(), "wrap", EXHIBIT.resolve("proof.json").toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(EXHIBIT.resolve("proof.intoto.json")), r.out());
    }

    @Test
    void envelopeUnwrapGivesTheProofAndChecksTheKey(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("p.json");
        Run r = run(new EnvelopeCommand(), "unwrap", EXHIBIT.resolve("proof.intoto.json").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        ProofRecord shipped = (ProofRecord) RecordFiles.read(EXHIBIT.resolve("proof.json"));
        ProofRecord unwrapped = (ProofRecord) RecordFiles.read(out);
        assertEquals(shipped.proofId(), unwrapped.proofId());
        assertEquals(shipped.withAttestation(null).toJson().without("provenance", "evidence", "reproduction"),
                unwrapped.toJson().without("provenance", "evidence", "reproduction"));
        Run again = run(new EnvelopeCommand(), "unwrap", EXHIBIT.resolve("proof.intoto.json").toString(), "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("exists"), again.err());
        Run wrongKey = run(new EnvelopeCommand(), "unwrap", EXHIBIT.resolve("proof.intoto.json").toString(), "--key", "nope");
        assertEquals(1, wrongKey.code());
        assertEquals(0, wrongKey.out().length);
    }

    @Test
    void badInputExitsTwoWithNothingWritten(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"proof_id\": 1,}");
        Path out = tmp.resolve("out.json");
        for (Object cmd : List.of(new EnvelopeCommand(), new CloudEventsCommand())) {
            Run r = cmd instanceof EnvelopeCommand
                    ? run(cmd, "wrap", bad.toString(), "--out", out.toString())
                    : run(cmd, "wrap", bad.toString(), "--source", "urn:x", "--out", out.toString());
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("ophamin: " + bad), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
        Run missing = run(new ProofShowCommand(), tmp.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertFalse(Files.exists(out));
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temp files left");
        }
    }

    @Test
    void cloudEventsRoundTrip(@TempDir Path tmp) throws Exception {
        Path ev = tmp.resolve("ev.json");
        Run w = run(new CloudEventsCommand(), "wrap", EXHIBIT.resolve("proof.json").toString(),
                "--source", "https://ci.example/ophamin", "-o", ev.toString());
        assertEquals(0, w.code(), w.err());
        String event = Files.readString(ev);
        assertTrue(event.contains("\"type\": \"dev.ophamin.proof.emitted.v1\""));
        assertTrue(event.contains("\"ophaminverdict\": \"REFUTED\""));
        Run u = run(new CloudEventsCommand(), "unwrap", ev.toString());
        assertEquals(0, u.code(), u.err());
        assertArrayEquals(Files.readAllBytes(EXHIBIT.resolve("proof.json")), u.out());
        assertEquals(2, run(new CloudEventsCommand(), "wrap", EXHIBIT.resolve("proof.json").toString(),
                "--source", "bad uri").code());
    }

    @Test
    void proofShowRendersBothFormats() {
        Run md = run(new ProofShowCommand(), EXHIBIT.resolve("proof.json").toString());
        assertEquals(0, md.code(), md.err());
        assertTrue(md.text().contains("## 9. Signature"));
        Run html = run(new ProofShowCommand(), EXHIBIT.resolve("proof.json").toString(), "--format", "html");
        assertTrue(html.text().startsWith("<!DOCTYPE html>") && html.text().contains("<svg"));
        assertEquals(2, run(new ProofShowCommand(), EXHIBIT.resolve("proof.json").toString(), "--format", "pdf").code());
    }

    @Test
    void keysGenerateWritesAnOwnerOnlyKeyFile(@TempDir Path tmp) throws Exception {
        Run r = run(new KeysCommand(), "generate", "--author", "ada@example.org", "--dir", tmp.toString());
        assertEquals(0, r.code(), r.err());
        Path file = tmp.resolve("ada@example.org.ed25519.json");
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        AuthorKey key = AuthorKeyFile.read(file);
        assertTrue(r.text().contains("public key: " + key.publicKeyHex() + "\n"), r.text());
        assertTrue(r.text().contains("trusted-authors entry: \"ada@example.org\": \"" + key.publicKeyHex() + "\""));
        Run again = run(new KeysCommand(), "generate", "--author", "ada@example.org", "--dir", tmp.toString());
        assertEquals(2, again.code());
        assertEquals(key, AuthorKeyFile.read(file), "the existing key is untouched");
    }
}
