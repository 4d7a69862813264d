package dev.ophamin.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.SchemaException;
import dev.ophamin.SignatureException;
import dev.ophamin.ValidationException;
import dev.ophamin.VersionException;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of a DSSE envelope (spec/RECORDS.md section 5) on its own, from the fixture's
 * correct envelope, re-signed after each change so that only the rule under test can refuse it;
 * and which exception {@code verifyOrThrow} picks for each layer that can refuse a record.
 */
class EnvelopeRulesTest {
    private static final String KEY = "ophamin-text-for-bytes-test-key";
    private static final Verifier VERIFIER = Verifier.builder().key(HmacKey.ofText("fixture", KEY)).build();

    private static JsonObject fixture(String id) throws Exception {
        Path file = Path.of(System.getProperty("ophamin.root", ".."), "fixtures", "records", "text-for-bytes.jsonl");
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            JsonObject f = (JsonObject) JsonReader.standard().read(line.getBytes(StandardCharsets.US_ASCII));
            if (((JsonString) f.get("id")).value().equals(id)) {
                byte[] record = Base64.getDecoder().decode(((JsonString) f.get("record_b64")).value());
                return (JsonObject) JsonReader.standard().read(record);
            }
        }
        throw new IllegalStateException("no fixture " + id);
    }

    /** The envelope with its statement changed by {@code change}, payload and DSSE signature redone. */
    private static byte[] withStatement(JsonObject env, UnaryOperator<JsonObject> change) throws Exception {
        byte[] payload = Base64.getDecoder().decode(((JsonString) env.get("payload")).value());
        JsonObject statement = change.apply((JsonObject) JsonReader.standard().read(payload));
        byte[] changed = PythonJsonWriter.toBytes(statement, PythonJsonWriter.Layout.CANONICAL);
        byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, changed);
        String sig = Base64.getEncoder().encodeToString(HmacKey.ofText("k", KEY).mac(pae, 0, pae.length));
        return TestRecords.bytes(env.with("payload", new JsonString(Base64.getEncoder().encodeToString(changed)))
                .with("signatures", JsonArray.of(JsonObject.builder().put("keyid", "").put("sig", sig).build())));
    }

    private static JsonObject predicate(JsonObject st) {
        return (JsonObject) st.get("predicate");
    }

    @Test
    void theFixtureEnvelopeVerifiesAndEachChangeIsRefusedForItsOwnReason() throws Exception {
        JsonObject env = fixture("dsse-canonical");
        VerificationResult ok = VERIFIER.verify(TestRecords.bytes(env));
        assertTrue(ok.ok(), ok.reasons().toString());
        assertEquals("fixture", ok.keyLabel());
        assertTrue(VERIFIER.verify(withStatement(env, st -> st)).ok(), "re-signing alone changes nothing");

        assertRefused(TestRecords.bytes(env.with("extra", new JsonString("x"))), "unknown top-level key 'extra'");
        assertRefused(withStatement(env, st -> st.with("extra", new JsonString("x"))), "unknown top-level key 'payload.extra'");
        assertRefused(withStatement(env, st -> st.with("predicate", predicate(st).with("extra", new JsonString("x")))),
                "unknown top-level key 'payload.predicate.extra'");
        assertRefused(withStatement(env, st -> st.with("_type", new JsonString("https://in-toto.io/Statement/v0.1"))),
                "payload._type must be " + Dsse.STATEMENT_TYPE);
        assertRefused(withStatement(env, st -> st.with("predicateType", new JsonString("https://example.org/other"))),
                "payload.predicateType is not the proof record predicate");
        assertRefused(withStatement(env, st -> st.with("predicate", predicate(st).with("schema_version", new JsonString("9.9")))),
                "unsupported wrapped proof schema_version '9.9'");
        JsonObject body = (JsonObject) predicate(fixtureStatement(env)).get("body");
        assertRefused(withStatement(env, st -> st.with("predicate", predicate(st).with("body", body.with("extra", JsonArray.EMPTY)))),
                "unknown top-level key 'payload.predicate.body.extra'");
        assertRefused(TestRecords.bytes(env.with("payloadType", new JsonString("application/json"))),
                "payloadType must be " + Dsse.PAYLOAD_TYPE);
        assertRefused(TestRecords.bytes(env.with("signatures", JsonArray.of(JsonObject.builder()
                .put("keyid", 7L).put("sig", ((JsonObject) ((JsonArray) env.get("signatures")).items().get(0)).get("sig")).build()))),
                "signatures[0].keyid is not a string");
    }

    @Test
    void aWrappedProofKeepsItsStructuralProblems() throws Exception {
        JsonObject env = fixture("dsse-canonical");
        VerificationResult ok = VERIFIER.verify(TestRecords.bytes(env));
        assertEquals(List.of(), ok.problems(), "the fixture's proof is well-formed");
        // an empty statement changes the body, so the digest and the inner signature fail too; the
        // structural problem must still be reported
        byte[] changed = withStatement(env, st -> {
            JsonObject b = (JsonObject) predicate(st).get("body");
            JsonObject claim = ((JsonObject) b.get("claim")).with("statement", new JsonString(""));
            return st.with("predicate", predicate(st).with("body", b.with("claim", claim)));
        });
        VerificationResult r = VERIFIER.verify(changed);
        assertFalse(r.ok());
        assertTrue(r.problems().contains("claim.statement is empty"), r.problems().toString());
    }

    private static JsonObject fixtureStatement(JsonObject env) throws Exception {
        return (JsonObject) JsonReader.standard().read(Base64.getDecoder().decode(((JsonString) env.get("payload")).value()));
    }

    private static void assertRefused(byte[] envelope, String refusal) {
        VerificationResult r = VERIFIER.verify(envelope);
        assertFalse(r.ok(), refusal);
        assertTrue(r.refusals().stream().anyMatch(x -> x.startsWith(refusal)), "expected '" + refusal + "' in " + r.refusals());
    }

    @Test
    void verifyOrThrowNamesTheLayerThatRefused() throws Exception {
        JsonObject proof = fixture("id-hex-lower-case");
        assertEquals("fixture", VERIFIER.verifyOrThrow(TestRecords.bytes(proof)).keyLabel());
        assertThrows(ValidationException.class, () -> VERIFIER.verifyOrThrow("{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                "not a record");
        assertThrows(VersionException.class, () -> VERIFIER.verifyOrThrow(TestRecords.bytes(
                resign(proof.with("schema_version", new JsonString("7.0"))))), "unknown version");
        assertThrows(ValidationException.class, () -> VERIFIER.verifyOrThrow(TestRecords.bytes(
                resign(proof.with("extra", JsonArray.EMPTY)))), "a refusal rule");
        assertThrows(SignatureException.class, () -> VERIFIER.verifyOrThrow(TestRecords.bytes(
                proof.with("signature", new JsonString("0".repeat(64))))), "a wrong MAC");
        assertThrows(SignatureException.class, () -> VERIFIER.verifyOrThrow(TestRecords.bytes(fixture("attestation-hex-odd-length"))),
                "a broken attestation");
        Verifier strict = Verifier.builder().key(HmacKey.ofText("fixture", KEY)).strict(true)
                .schemaCheck((kind, version, record) -> List.of("a schema error")).build();
        assertThrows(SchemaException.class, () -> strict.verifyOrThrow(TestRecords.bytes(proof)), "schema errors");
        JsonObject claim = ((JsonObject) proof.get("claim")).with("h0", new JsonString(""));
        assertThrows(ValidationException.class, () -> Verifier.builder().key(HmacKey.ofText("fixture", KEY)).strict(true)
                .build().verifyOrThrow(TestRecords.bytes(resign(proof.with("claim", claim)))), "structural problems");
    }

    /** The proof with a new id and MAC under the fixture key. */
    private static JsonObject resign(JsonObject proof) {
        JsonValue att = proof.get("attestation");
        JsonObject signed = TestRecords.sign(RecordKind.PROOF, proof, KEY);
        return att == null ? signed : signed.with("attestation", att);
    }
}
