package dev.ophamin.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.SignatureException;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts of the verify package's small pieces that PIT found held by nothing. */
class SmallVerifyContractsTest {
    private static final Path PROOF = Path.of(System.getProperty("ophamin.root", ".."), "fixtures", "records",
            "attested-proof.json");
    private static final String KEY = "ophamin-text-for-bytes-test-key";

    @Test
    void labelsBuildersAndTheFileEntryPoint(@TempDir Path tmp) throws Exception {
        assertEquals("valid", SignatureOutcome.VALID.label());
        assertEquals("untrusted", AttestationOutcome.UNTRUSTED.label());
        HmacKey k = HmacKey.ofBytes("lab", KEY.getBytes(StandardCharsets.UTF_8));
        assertEquals("lab", k.label());
        assertEquals("HmacKey[lab]", k.toString());
        assertFalse(k.toString().contains(KEY), "a key's text never shows");
        Verifier.Builder b = Verifier.builder();
        assertTrue(b.reader(JsonReader.standard()) == b && b.ed25519(Ed25519Check.jdk()) == b, "builders chain");
        VerificationResult r = b.key(k).build().verify(PROOF);
        assertTrue(r.ok(), r.reasons().toString());
        assertEquals("lab", r.keyLabel());
        assertFalse(new FileVerification(tmp.resolve("x"), null, new java.io.IOException("gone")).ok());
        assertTrue(new FileVerification(PROOF, r, null).ok());
    }

    @Test
    void theJdkEd25519RefusesWrongSizesAndPointsOffTheCurve() {
        Ed25519Check jdk = Ed25519Check.jdk();
        byte[] msg = "m".getBytes(StandardCharsets.UTF_8);
        assertFalse(jdk.verify(new byte[31], msg, 0, 1, new byte[64]));
        assertFalse(jdk.verify(new byte[32], msg, 0, 1, new byte[63]));
        byte[] notAPoint = new byte[32];
        java.util.Arrays.fill(notAPoint, (byte) 0xFF);    // y >= p: no point has this encoding
        notAPoint[31] = (byte) 0x7F;
        assertFalse(jdk.verify(notAPoint, msg, 0, 1, new byte[64]));
    }

    @Test
    void schemaErrorsAreReasonsAndUnsignedAllowedIsNoSignatureFailure() throws Exception {
        byte[] proof = Files.readAllBytes(PROOF);
        Verifier strict = Verifier.builder().key(HmacKey.ofText("lab", KEY)).strict(true)
                .schemaCheck((kind, version, record) -> List.of("claim: wrong")).build();
        VerificationResult r = strict.verify(proof);
        assertTrue(r.reasons().contains("schema: claim: wrong"), r.reasons().toString());
        // an unsigned proof with unsigned records allowed: not a SignatureException
        JsonObject p = (JsonObject) JsonReader.standard().read(proof);
        JsonObject unsigned = p.without("attestation").with("signature", new JsonString(""));
        byte[] bytes = TestRecords.bytes(unsigned);
        assertTrue(Verifier.builder().allowUnsigned(true).build().verifyOrThrow(bytes).ok());
        assertThrows(SignatureException.class, () -> Verifier.builder().build().verifyOrThrow(bytes));
        // allowing unsigned records does not excuse a wrong signature
        byte[] wrong = TestRecords.bytes(p.without("attestation").with("signature", new JsonString("0".repeat(64))));
        assertThrows(SignatureException.class, () -> Verifier.builder().allowUnsigned(true).build().verifyOrThrow(wrong));
        // a document that is no record has its error as its one reason
        VerificationResult none = Verifier.builder().build().verify("[1]".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(none.error()), none.reasons());
    }

    @Test
    void anEnvelopeWithoutOneSubjectDigestFailsItsIdCheck() throws Exception {
        Path fixtures = Path.of(System.getProperty("ophamin.root", ".."), "fixtures", "records", "text-for-bytes.jsonl");
        String line = Files.readAllLines(fixtures).stream().filter(l -> l.contains("\"id\":\"dsse-canonical\"")).findFirst()
                .orElseThrow();
        JsonObject f = (JsonObject) JsonReader.standard().read(line.getBytes(StandardCharsets.US_ASCII));
        JsonObject env = (JsonObject) JsonReader.standard().read(java.util.Base64.getDecoder()
                .decode(((JsonString) f.get("record_b64")).value()));
        byte[] payload = java.util.Base64.getDecoder().decode(((JsonString) env.get("payload")).value());
        JsonObject st = (JsonObject) JsonReader.standard().read(payload);
        Verifier v = Verifier.builder().key(HmacKey.ofText("lab", KEY)).build();
        for (JsonObject changed : List.of(st.with("subject", JsonArray.EMPTY),
                st.with("subject", JsonArray.of(JsonObject.builder().put("name", "x").build())))) {
            byte[] p2 = dev.ophamin.canonical.PythonJsonWriter.toBytes(changed, dev.ophamin.canonical.PythonJsonWriter.Layout.CANONICAL);
            byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, p2);
            JsonObject env2 = env.with("payload", new JsonString(java.util.Base64.getEncoder().encodeToString(p2)))
                    .with("signatures", JsonArray.of(JsonObject.builder().put("keyid", "").put("sig",
                            java.util.Base64.getEncoder().encodeToString(HmacKey.ofText("k", KEY).mac(pae, 0, pae.length))).build()));
            VerificationResult r = v.verify(TestRecords.bytes(env2));
            assertEquals(SignatureOutcome.VALID, r.signature());
            assertFalse(r.idOk(), "no subject digest to check");
            assertEquals(null, r.id());
            assertFalse(r.ok());
        }
        // the PAE counts bytes, not characters
        assertEquals("DSSEv1 3 t\u00e9 2 \u00e9", new String(Dsse.pae("t\u00e9", "\u00e9".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }
}
