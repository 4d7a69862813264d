package dev.ophamin.verify;

import static dev.ophamin.verify.TestRecords.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.DecodeException;
import dev.ophamin.SignatureException;
import dev.ophamin.ValidationException;
import dev.ophamin.VersionException;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.canonical.Violation;
import dev.ophamin.record.RecordKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal rule, every record kind, attested and tampered. */
class VerifierEdgeCasesTest {
    private static final Verifier DEFAULT = Verifier.builder().build();

    private static JsonObject shippedProof() throws Exception {
        for (Shared.Row row : Shared.manifest()) {
            if (row.kind().equals("proof") && row.expect().equals("verifies")
                    && row.key().equals("ophamin-scenario-proof-key")) {
                JsonObject p = (JsonObject) JsonReader.standard().read(Shared.read(row.file()));
                if (!p.has("attestation")) {
                    return p;
                }
            }
        }
        throw new AssertionError("no plain signed proof in the corpus");
    }

    @Test
    void tamperedBodyFailsIdAndSignature() throws Exception {
        JsonObject p = shippedProof();
        JsonObject claim = (JsonObject) p.get("claim");
        JsonObject tampered = p.with("claim", claim.with("statement", s("something else")));
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(tampered));
        assertFalse(r.ok());
        assertFalse(r.idOk());
        assertEquals(SignatureOutcome.INVALID, r.signature());
        assertThrows(SignatureException.class, () -> DEFAULT.verifyOrThrow(TestRecords.bytes(tampered)));
    }

    @Test
    void unknownTopLevelKeyIsRefusedEvenThoughTheMacCovers() throws Exception {
        JsonObject p = shippedProof().without("proof_id", "signature").with("smuggled", s("x"));
        // signed over a body that includes the extra key, so id and MAC both hold
        JsonObject signed = TestRecords.sign(RecordKind.PROOF, p, RecordKind.PROOF.defaultKey());
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(signed));
        assertTrue(r.idOk());
        assertEquals(SignatureOutcome.VALID, r.signature());
        assertFalse(r.ok());
        assertTrue(r.reasons().get(0).contains("unknown top-level key 'smuggled'"), r.reasons().toString());
        assertThrows(ValidationException.class, () -> DEFAULT.verifyOrThrow(TestRecords.bytes(signed)));
    }

    @Test
    void missingTopLevelKeyIsRefused() throws Exception {
        JsonObject p = shippedProof().without("proof_id", "signature", "provenance");
        JsonObject signed = TestRecords.sign(RecordKind.PROOF, p, RecordKind.PROOF.defaultKey());
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(signed));
        assertFalse(r.ok());
        assertTrue(r.refusals().contains("missing top-level key 'provenance'"), r.refusals().toString());
    }

    @Test
    void duplicateKeysAreADecodeError() throws Exception {
        byte[] dup = "{\"proof_id\":\"a\",\"proof_id\":\"b\"}".getBytes(StandardCharsets.UTF_8);
        VerificationResult r = DEFAULT.verify(dup);
        assertFalse(r.isRecord());
        assertTrue(r.error().startsWith(Violation.DUPLICATE_KEY.code()), r.error());
        DecodeException e = assertThrows(DecodeException.class, () -> DEFAULT.verifyOrThrow(dup));
        assertEquals(Violation.DUPLICATE_KEY, e.violation());
    }

    @Test
    void anotherKeyVerifiesOnlyWhenOfferedAndIsNamed() throws Exception {
        JsonObject signed = TestRecords.sign(RecordKind.PROOF, shippedProof(), "lab-secret");
        byte[] bytes = TestRecords.bytes(signed);
        assertEquals(SignatureOutcome.INVALID, DEFAULT.verify(bytes).signature());
        VerificationResult r = Verifier.builder().key(HmacKey.ofText("--key #1", "wrong"))
                .key(HmacKey.ofHex("--key-hex #2", "6c61622d736563726574")).build().verify(bytes);
        assertTrue(r.ok(), r.reasons().toString());
        assertEquals("--key-hex #2", r.keyLabel());
        VerificationResult noDefault = Verifier.builder().defaultKeys(false).build()
                .verify(TestRecords.bytes(shippedProofSigned()));
        assertEquals(SignatureOutcome.INVALID, noDefault.signature());
    }

    private static JsonObject shippedProofSigned() throws Exception {
        return shippedProof();
    }

    @Test
    void unsignedIsItsOwnOutcome() throws Exception {
        JsonObject unsigned = TestRecords.sign(RecordKind.PROOF, shippedProof(), null);
        byte[] bytes = TestRecords.bytes(unsigned);
        VerificationResult r = DEFAULT.verify(bytes);
        assertEquals(SignatureOutcome.UNSIGNED, r.signature());
        assertTrue(r.idOk());
        assertFalse(r.ok());
        assertEquals("record is unsigned", r.reasons().get(0));
        assertTrue(Verifier.builder().allowUnsigned(true).build().verify(bytes).ok());
    }

    @Test
    void attestationValidTamperedAndUntrusted() throws Exception {
        TestRecords.Author alice = TestRecords.Author.generate();
        TestRecords.Author mallory = TestRecords.Author.generate();
        JsonObject attested = TestRecords.attest(shippedProof(), "alice", alice);
        byte[] bytes = TestRecords.bytes(attested);

        VerificationResult r = DEFAULT.verify(bytes);
        assertTrue(r.ok(), r.reasons().toString());
        assertEquals(AttestationOutcome.VALID, r.attestation());
        assertEquals("alice", r.attestationAuthor());

        TrustedAuthors trustAlice = TrustedAuthors.of(Map.of("alice", alice.publicHex()));
        assertEquals(AttestationOutcome.VALID,
                Verifier.builder().trustedAuthors(trustAlice).build().verify(bytes).attestation());
        TrustedAuthors otherKey = TrustedAuthors.of(Map.of("alice", mallory.publicHex()));
        VerificationResult untrusted = Verifier.builder().trustedAuthors(otherKey).build().verify(bytes);
        assertEquals(AttestationOutcome.UNTRUSTED, untrusted.attestation());
        assertFalse(untrusted.ok());
        assertEquals("attestation by untrusted author 'alice'", untrusted.reasons().get(0));
        TrustedAuthors nobody = TrustedAuthors.of(Map.of("bob", alice.publicHex()));
        assertEquals(AttestationOutcome.UNTRUSTED,
                Verifier.builder().trustedAuthors(nobody).build().verify(bytes).attestation());

        // attestation signed by another key than the one it names
        JsonObject att = (JsonObject) attested.get("attestation");
        JsonObject swapped = attested.with("attestation", att.with("public_key", s(mallory.publicHex())));
        VerificationResult broken = DEFAULT.verify(TestRecords.bytes(swapped));
        assertEquals(AttestationOutcome.INVALID, broken.attestation());
        assertTrue(broken.idOk());
        assertEquals(SignatureOutcome.VALID, broken.signature());
        assertFalse(broken.ok());
        assertThrows(SignatureException.class, () -> DEFAULT.verifyOrThrow(TestRecords.bytes(swapped)));

        JsonObject extraField = attested.with("attestation", att.with("note", s("x")));
        assertEquals(AttestationOutcome.INVALID, DEFAULT.verify(TestRecords.bytes(extraField)).attestation());
        JsonObject otherAlgorithm = attested.with("attestation", att.with("algorithm", s("ecdsa")));
        assertEquals(AttestationOutcome.INVALID, DEFAULT.verify(TestRecords.bytes(otherAlgorithm)).attestation());

        // hex text: the reference reads attestation hex with bytes.fromhex, which takes either case
        // (and whitespace between bytes, which this kit refuses: refusing more is allowed, never less)
        String pub = ((JsonString) att.get("public_key")).value();
        String sig = ((JsonString) att.get("signature")).value();
        JsonObject upper = attested.with("attestation", att.with("public_key", s(pub.toUpperCase(java.util.Locale.ROOT)))
                .with("signature", s(sig.toUpperCase(java.util.Locale.ROOT))));
        assertEquals(AttestationOutcome.VALID, DEFAULT.verify(TestRecords.bytes(upper)).attestation());
        JsonObject spaced = attested.with("attestation", att.with("public_key", s(pub.substring(0, 2) + " " + pub.substring(2))));
        assertEquals(AttestationOutcome.INVALID, DEFAULT.verify(TestRecords.bytes(spaced)).attestation());
        JsonObject odd = attested.with("attestation", att.with("signature", s(sig.substring(1))));
        assertEquals(AttestationOutcome.INVALID, DEFAULT.verify(TestRecords.bytes(odd)).attestation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "2.0"})
    void campaignsVerifyAndVersionsAreChecked(String version) throws Exception {
        JsonObject signed = TestRecords.sign(RecordKind.CAMPAIGN, TestRecords.campaign(version),
                RecordKind.CAMPAIGN.defaultKey());
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(signed));
        assertTrue(r.ok(), r.reasons().toString());
        assertEquals(RecordKind.CAMPAIGN, r.kind());
        assertEquals(version, r.schemaVersion());
        JsonObject future = TestRecords.sign(RecordKind.CAMPAIGN, TestRecords.campaign(version)
                .with("schema_version", s("9.0")), RecordKind.CAMPAIGN.defaultKey());
        VerificationResult fr = DEFAULT.verify(TestRecords.bytes(future));
        assertFalse(fr.ok());
        assertTrue(fr.refusals().get(0).startsWith("unsupported schema_version '9.0'"), fr.refusals().toString());
        assertThrows(VersionException.class, () -> DEFAULT.verifyOrThrow(TestRecords.bytes(future)));
    }

    @Test
    void campaignOneDotOhMayNotCarryCorrections() throws Exception {
        JsonObject mixed = TestRecords.campaign("2.0").with("schema_version", s("1.0"));
        JsonObject signed = TestRecords.sign(RecordKind.CAMPAIGN, mixed, RecordKind.CAMPAIGN.defaultKey());
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(signed));
        assertFalse(r.ok());
        assertTrue(r.refusals().stream().anyMatch(x -> x.contains("'corrected_verdicts'")), r.refusals().toString());
    }

    @Test
    void regressionAlertVerifies() throws Exception {
        JsonObject signed = TestRecords.sign(RecordKind.REGRESSION_ALERT, TestRecords.alert(),
                RecordKind.REGRESSION_ALERT.defaultKey());
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(signed));
        assertTrue(r.ok(), r.reasons().toString());
        assertEquals("regression-alert/1.0", r.schemaVersion());
    }

    @Test
    void driftScansUseIntegerVersionsAndTheirOwnKey() throws Exception {
        for (long v : new long[] {1, 2}) {
            JsonObject signed = TestRecords.sign(RecordKind.DRIFT_SCAN, TestRecords.driftScan(JsonInt.of(v)),
                    "ophamin-drift-default-key");
            VerificationResult r = DEFAULT.verify(TestRecords.bytes(signed));
            assertTrue(r.ok(), r.reasons().toString());
            assertEquals(Long.toString(v), r.schemaVersion());
            assertEquals("default", r.keyLabel());
        }
        JsonObject stringVersion = TestRecords.sign(RecordKind.DRIFT_SCAN, TestRecords.driftScan(s("1")),
                "ophamin-drift-default-key");
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(stringVersion));
        assertFalse(r.ok());
        assertEquals("schema_version must be an integer", r.refusals().get(0));
        // signed with the proof key: not the drift default
        JsonObject wrongKey = TestRecords.sign(RecordKind.DRIFT_SCAN, TestRecords.driftScan(JsonInt.of(1)),
                RecordKind.PROOF.defaultKey());
        assertEquals(SignatureOutcome.INVALID, DEFAULT.verify(TestRecords.bytes(wrongKey)).signature());
    }

    @Test
    void upperCaseHexSignaturesAndIdsAreRefusedAsTheReferenceRefusesThem() throws Exception {
        JsonObject signed = TestRecords.sign(RecordKind.DRIFT_SCAN, TestRecords.driftScan(JsonInt.of(2)),
                "ophamin-drift-default-key");
        assertTrue(DEFAULT.verify(TestRecords.bytes(signed)).ok());
        String sig = ((JsonString) signed.get("signature")).value();
        String id = ((JsonString) signed.get("scan_id")).value();
        // the reference compares hex text: hmac.compare_digest(expected_hex, signature)
        for (String s : java.util.List.of(sig.toUpperCase(java.util.Locale.ROOT), Character.toUpperCase(sig.charAt(0)) + sig.substring(1)
                .replaceFirst("[a-f]", "A"))) {
            if (s.equals(sig)) {
                continue;
            }
            VerificationResult r = DEFAULT.verify(TestRecords.bytes(signed.with("signature", new JsonString(s))));
            assertFalse(r.ok(), s);
            assertEquals(SignatureOutcome.INVALID, r.signature(), s);
        }
        VerificationResult upperId = DEFAULT.verify(TestRecords.bytes(signed.with("scan_id",
                new JsonString(id.toUpperCase(java.util.Locale.ROOT)))));
        assertFalse(upperId.ok());
        assertTrue(upperId.reasons().contains("scan_id does not match the canonical body"), upperId.reasons().toString());
    }

    @Test
    void driftScan2MayCarryAGateAndDriftScan1MayNot() throws Exception {
        for (long v : new long[] {1, 2}) {
            JsonObject gated = TestRecords.driftScan(JsonInt.of(v))
                    .with("preregistration", JsonObject.builder().put("config_hash", s("c")).build())
                    .with("pre_registered_metric", s("n_drift_events"))
                    .with("verdict", JsonObject.builder().put("outcome", s("VALIDATED")).build());
            VerificationResult r = DEFAULT.verify(TestRecords.bytes(TestRecords.sign(RecordKind.DRIFT_SCAN, gated,
                    "ophamin-drift-default-key")));
            if (v == 2) {
                assertTrue(r.ok(), r.reasons().toString());
            } else {
                assertFalse(r.ok());
                assertTrue(r.refusals().get(0).contains("unknown top-level key"), r.refusals().toString());
            }
        }
    }

    @Test
    void auditsUseTheSpacedCanonicalForm() throws Exception {
        for (Shared.Row row : Shared.manifest()) {
            if (row.kind().equals("audit")) {
                JsonObject a = (JsonObject) JsonReader.standard().read(Shared.read(row.file()));
                byte[] compact = PythonJsonWriter.toBytes(RecordKind.AUDIT.body(a), PythonJsonWriter.Layout.CANONICAL);
                assertFalse(RecordKind.sha256Hex(compact).equals(((JsonString) a.get("audit_id")).value()),
                        "compact separators must not reproduce the audit id");
                assertTrue(DEFAULT.verify(Shared.read(row.file())).ok());
            }
        }
    }

    @Test
    void ambiguousDocumentsAreNoRecord() {
        byte[] both = "{\"proof_id\":\"x\",\"audit_id\":\"y\"}".getBytes(StandardCharsets.UTF_8);
        VerificationResult r = DEFAULT.verify(both);
        assertFalse(r.isRecord());
        assertNull(r.kind());
        assertEquals("not a record of a known kind", r.error());
        assertFalse(DEFAULT.verify("[1,2]".getBytes(StandardCharsets.UTF_8)).isRecord());
        assertThrows(ValidationException.class, () -> DEFAULT.verifyOrThrow(both));
    }

    @Test
    void envelopeTamperingIsCaught() throws Exception {
        Shared.Row row = Shared.manifest().stream().filter(x -> x.kind().equals("envelope")).findFirst().orElseThrow();
        JsonObject env = (JsonObject) JsonReader.standard().read(Shared.read(row.file()));
        VerificationResult ok = DEFAULT.verify(Shared.read(row.file()));
        assertTrue(ok.ok(), ok.reasons().toString());
        assertEquals(RecordKind.ENVELOPE, ok.kind());
        assertEquals("1.0", ok.schemaVersion());
        assertEquals(64, ok.id().length());

        byte[] payload = Base64.getDecoder().decode(((JsonString) env.get("payload")).value());
        String text = new String(payload, StandardCharsets.UTF_8).replaceFirst("\"statement\":\"", "\"statement\":\"X");
        JsonObject tampered = env.with("payload", s(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
        VerificationResult r = DEFAULT.verify(TestRecords.bytes(tampered));
        assertFalse(r.ok());
        assertEquals(SignatureOutcome.INVALID, r.signature());
        assertFalse(r.idOk());

        // re-signing the DSSE layer with the right key still leaves the inner proof signature wrong
        byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, text.getBytes(StandardCharsets.UTF_8));
        String sig = Base64.getEncoder().encodeToString(HmacKey.ofText("k", RecordKind.PROOF.defaultKey()).mac(pae, 0, pae.length));
        JsonObject resigned = tampered.with("signatures", dev.ophamin.canonical.JsonArray.of(
                JsonObject.builder().put("keyid", "").put("sig", sig).build()));
        VerificationResult rr = DEFAULT.verify(TestRecords.bytes(resigned));
        assertEquals(SignatureOutcome.VALID, rr.signature());
        assertFalse(rr.ok());
        assertTrue(rr.refusals().contains("wrapped proof signature does not match any key"), rr.refusals().toString());
    }

    @Test
    void strictAddsStructureAndSchema() throws Exception {
        JsonObject p = shippedProof().without("proof_id", "signature");
        JsonObject claim = (JsonObject) p.get("claim");
        JsonObject threshold = ((JsonObject) claim.get("threshold")).with("units", JsonInt.of(5));
        JsonObject bad = TestRecords.sign(RecordKind.PROOF,
                p.with("claim", claim.with("h0", s("")).with("threshold", threshold)), RecordKind.PROOF.defaultKey());
        byte[] bytes = TestRecords.bytes(bad);
        VerificationResult lenient = DEFAULT.verify(bytes);
        assertTrue(lenient.ok());
        assertTrue(lenient.problems().contains("claim must state both H0 and H1"), lenient.problems().toString());
        Verifier strict = Verifier.builder().strict(true).schemaCheck(new dev.ophamin.schema.RecordSchemas()).build();
        VerificationResult sr = strict.verify(bytes);
        assertFalse(sr.ok());
        assertTrue(sr.schemaErrors().stream().anyMatch(e -> e.contains("/claim/threshold/units")),
                sr.schemaErrors().toString());
        assertTrue(sr.reasons().contains("claim must state both H0 and H1"), sr.reasons().toString());
    }
}
