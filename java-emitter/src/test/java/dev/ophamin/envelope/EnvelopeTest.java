package dev.ophamin.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.emit.AuthorKey;
import dev.ophamin.emit.ProofSigner;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.testing.Corpus;
import dev.ophamin.testing.SampleRecords;
import dev.ophamin.verify.HmacKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private static final HmacKey KEY = HmacKey.ofText("default", "ophamin-scenario-proof-key");

    @Test
    void shippedEnvelopesRoundTripByteExactly() throws Exception {
        int n = 0;
        for (Corpus.Entry e : Corpus.entries()) {
            if (!e.kind().equals("envelope")) {
                continue;
            }
            byte[] file = Files.readAllBytes(e.file());
            ProofRecord proof = InTotoEnvelope.unwrap(JsonReader.standard().read(file), KEY);
            assertArrayEquals(file, InTotoEnvelope.toBytes(InTotoEnvelope.wrap(proof, KEY)), e.path());
            Path beside = e.file().resolveSibling("proof.json");
            if (Files.exists(beside)) {
                ProofRecord shipped = (ProofRecord) RecordFiles.read(beside);
                assertEquals(shipped.proofId(), proof.proofId());
                assertEquals(shipped.signature(), proof.signature());
                assertArrayEquals(shipped.canonicalBody(), proof.canonicalBody());
            }
            n++;
        }
        assertEquals(3, n);
    }

    @Test
    void unwrapRefusesAWrongKeyAndATamperedPayload() throws Exception {
        ProofRecord p = ProofSigner.sign(SampleRecords.proof(0.01, "<=", 0.05), KEY);
        JsonObject env = InTotoEnvelope.wrap(p, KEY);
        assertEquals(p, InTotoEnvelope.unwrap(env, KEY));
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> InTotoEnvelope.unwrap(env, HmacKey.ofText("other", "x")));
        assertTrue(e.getMessage().startsWith("envelope.signatures:"), e.getMessage());
        assertThrows(EnvelopeException.class, () -> InTotoEnvelope.unwrap(env.with("payload",
                dev.ophamin.canonical.JsonString.of("e30=")), null));
    }

    @Test
    void cloudEventCarriesTheProofUnchanged() throws Exception {
        ProofRecord p = ProofSigner.sign(SampleRecords.proof(0.2, "<=", 0.05), KEY, AuthorKey.generate("ada"));
        JsonObject ev = CloudEvent.wrap(p, "https://ophamin.example/ci");
        assertEquals(p.proofId(), ((dev.ophamin.canonical.JsonString) ev.get("id")).value());
        assertEquals("REFUTED", ((dev.ophamin.canonical.JsonString) ev.get("ophaminverdict")).value());
        assertEquals(p.identity().createdAt(), ((dev.ophamin.canonical.JsonString) ev.get("time")).value());
        ProofRecord back = CloudEvent.unwrap(JsonReader.standard().read(CloudEvent.toBytes(ev)));
        assertArrayEquals(RecordFiles.bytes(p), RecordFiles.bytes(back));
        assertEquals(p.proofId(), back.computeId());
        assertTrue(KEY.matches(back.canonicalBody(), 0, back.canonicalBody().length, back.signature()));
        assertTrue(ProofSigner.attestationValid(back));
        assertThrows(IllegalArgumentException.class, () -> CloudEvent.wrap(p, "not a uri"));
        assertThrows(EnvelopeException.class, () -> CloudEvent.unwrap(ev.with("id",
                dev.ophamin.canonical.JsonString.of("0000"))));
    }
}
