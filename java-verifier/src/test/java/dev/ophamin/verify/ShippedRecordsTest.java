package dev.ophamin.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every record the reference shipped is judged as MANIFEST.tsv says. */
class ShippedRecordsTest {
    private static final Verifier DEFAULT = Verifier.builder().build();

    @TestFactory
    Stream<DynamicTest> everyManifestRow() {
        return Shared.manifest().stream()
                .filter(r -> !r.expect().equals("fixture"))
                .map(r -> DynamicTest.dynamicTest(r.expect() + " " + r.path(), () -> judge(r)));
    }

    /** Everything a result says except the structural problems the fast path leaves out. */
    static String essence(VerificationResult r) {
        return r.ok() + " " + r.isRecord() + " " + (r.isRecord() ? r.kind() : null) + " " + r.schemaVersion() + " "
                + r.idOk() + " " + r.signature() + " " + r.keyLabel() + " " + r.attestation() + " "
                + r.attestationAuthor() + " " + r.reasons() + " " + r.refusals();
    }

    /** The fast path (a tree of the top levels) answers every shipped record as the whole tree does. */
    @TestFactory
    Stream<DynamicTest> theFastPathAgreesWithTheTreeOnEveryShippedRecord() {
        return Shared.manifest().stream().map(r -> DynamicTest.dynamicTest(r.path(), () -> {
            byte[] bytes = Shared.read(r.file());
            for (boolean unsigned : new boolean[] {false, true}) {
                Verifier.Builder b = Verifier.builder().allowUnsigned(unsigned);
                if (r.key() != null && !r.key().isEmpty()) {
                    b.key(HmacKey.ofText("manifest", r.key()));
                }
                Verifier full = b.build();
                Verifier fast = b.diagnostics(false).build();
                VerificationResult a = full.verify(bytes);
                VerificationResult f = fast.verify(bytes);
                assertEquals(essence(a), essence(f), r.path());
                if (!a.ok()) {
                    assertEquals(a.problems(), f.problems(), "a record that fails keeps its diagnostics");
                }
            }
        }));
    }

    private static void judge(Shared.Row row) {
        byte[] bytes = Shared.read(row.file());
        switch (row.expect()) {
            case "verifies": {
                Verifier v = Verifier.builder().key(HmacKey.ofText("manifest", row.key())).build();
                VerificationResult r = v.verify(bytes);
                assertTrue(r.ok(), () -> row.path() + ": " + r.reasons());
                assertEquals(row.kind(), r.kind().id());
                RecordKind kind = r.kind();
                String expectedLabel = row.key().equals(kind.defaultKey()) ? "default" : "manifest";
                assertEquals(expectedLabel, r.keyLabel());
                break;
            }
            case "unsigned": {
                VerificationResult r = DEFAULT.verify(bytes);
                assertEquals(SignatureOutcome.UNSIGNED, r.signature());
                assertTrue(r.idOk());
                assertFalse(r.ok());
                assertTrue(Verifier.builder().allowUnsigned(true).build().verify(bytes).ok());
                break;
            }
            case "rejects": {
                VerificationResult r = DEFAULT.verify(bytes);
                assertTrue(r.isRecord());
                assertFalse(r.ok());
                assertEquals(SignatureOutcome.INVALID, r.signature());
                assertTrue(r.reasons().stream().anyMatch(s -> s.contains("integer")),
                        () -> "diagnostic should explain the integer-keyed object: " + r.reasons());
                break;
            }
            case "not-a-record": {
                VerificationResult r = DEFAULT.verify(bytes);
                assertFalse(r.isRecord());
                assertFalse(r.ok());
                break;
            }
            default:
                throw new AssertionError("unknown expectation " + row.expect());
        }
    }

    @Test
    void attestedProofsAreJudgedValid() {
        List<String> attested = new ArrayList<>();
        for (Shared.Row row : Shared.manifest()) {
            if (row.kind().equals("proof") && row.expect().equals("verifies")) {
                VerificationResult r = Verifier.builder().key(HmacKey.ofText("m", row.key())).build()
                        .verify(Shared.read(row.file()));
                if (r.attestation() != AttestationOutcome.ABSENT) {
                    assertEquals(AttestationOutcome.VALID, r.attestation(), row.path());
                    attested.add(row.path());
                }
            }
        }
        assertTrue(attested.size() >= 20, "expected the shipped attested proofs, found " + attested.size());
    }
}
