package dev.ophamin.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.testing.Corpus;
import dev.ophamin.verify.HmacKey;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shipped proof and audit, read through the typed model and written back, is byte-identical
 * to its file; re-signing a verifying record with its key reproduces the file exactly.
 */
class CorpusRoundTripTest {

    @Test
    void everyShippedRecordRoundTripsByteForByte() throws Exception {
        List<String> failures = new ArrayList<>();
        int roundTripped = 0;
        int resigned = 0;
        int attested = 0;
        for (Corpus.Entry e : Corpus.entries()) {
            if (!e.kind().equals("proof") && !e.kind().equals("audit")) {
                continue;
            }
            byte[] file = Files.readAllBytes(e.file());
            SignedRecord record = RecordFiles.parse(file);
            if (!java.util.Arrays.equals(file, RecordFiles.bytes(record))) {
                failures.add("layout differs: " + e.path());
                continue;
            }
            roundTripped++;
            if (e.expect().equals("verifies")) {
                SignedRecord again = RecordSigner.sign(record, HmacKey.ofText("manifest", e.key()));
                if (java.util.Arrays.equals(file, RecordFiles.bytes(again))) {
                    resigned++;
                } else {
                    failures.add("re-signing changed the file: " + e.path());
                }
                if (record instanceof ProofRecord && ((ProofRecord) record).attestation() != null) {
                    assertTrue(ProofSigner.attestationValid((ProofRecord) record), e.path());
                    attested++;
                }
            }
        }
        assertEquals(List.of(), failures);
        // 98 proofs and 2 audits are listed; 78 of them verify (76 proofs, 2 audits)
        assertEquals(100, roundTripped);
        assertEquals(78, resigned);
        assertTrue(attested > 0);
        System.out.printf("corpus: %d records round-tripped byte-exactly, %d re-signed identically, %d attestations valid%n",
                roundTripped, resigned, attested);
    }

    @Test
    void resigningWithAnotherKeyChangesOnlyTheSignature() throws Exception {
        Corpus.Entry e = Corpus.entries().stream().filter(x -> x.expect().equals("verifies") && x.kind().equals("proof"))
                .findFirst().orElseThrow();
        byte[] file = Files.readAllBytes(e.file());
        SignedRecord record = RecordFiles.parse(file);
        SignedRecord other = RecordSigner.sign(record, HmacKey.ofText("other", "not-the-key"));
        assertEquals(record.id(), other.id());
        assertTrue(!record.signature().equals(other.signature()));
        assertArrayEquals(record.canonicalBody(), other.canonicalBody());
    }
}
