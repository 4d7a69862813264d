package dev.ophamin.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.nio.charset.StandardCharsets;

/** Fuzzing {@link Verifier#verify}: it never throws, and never passes a signed record with a body byte changed. */
class VerifierFuzzTest {
    private static final Verifier FULL = Verifier.builder().build();
    private static final Verifier FAST = Verifier.builder().diagnostics(false).build();
    private static final byte[] SIGNED = signedRecord();

    /** A drift scan signed with its default key, laid out as record files are. */
    private static byte[] signedRecord() {
        JsonObject body = JsonObject.builder().put("schema_version", JsonInt.of(2)).put("ophamin_version", "0.1.0")
                .put("ophamin_git_commit", "c0").put("captured_at", "2026-12-05T00:00:00+00:00")
                .put("detector_name", "adwin").put("detector_config", JsonObject.builder().put("delta", 0.002).build())
                .put("stream_name", "phi").put("n_samples", 100L).put("stream_hash", "00")
                .put("events", new dev.ophamin.canonical.JsonArray(java.util.List.of(JsonObject.builder()
                        .put("sample_index", 50L).put("detector_name", "adwin").put("value_at_event", new JsonFloat(0.5))
                        .put("detail", JsonObject.EMPTY).build()))).build();
        byte[] c = PythonJsonWriter.toBytes(body, PythonJsonWriter.Layout.CANONICAL);
        HmacKey k = HmacKey.ofText("k", RecordKind.DRIFT_SCAN.defaultKey());
        JsonObject rec = JsonObject.builder().put("scan_id", new JsonString(RecordKind.sha256Hex(c)))
                .put("signature", new JsonString(k.hexMac(c, 0, c.length))).build();
        for (var e : body.members().entrySet()) {
            rec = rec.with(e.getKey(), e.getValue());
        }
        return PythonJsonWriter.toBytes(rec, PythonJsonWriter.Layout.INDENT2);
    }

    /** Any bytes: a result, never an exception; both paths agree on ok. */
    @FuzzTest(maxDuration = "30s")
    void verifyNeverThrows(byte[] input) {
        VerificationResult a = FULL.verify(input);
        VerificationResult b = FAST.verify(input);
        if (a.ok() != b.ok()) {
            throw new AssertionError("the fast path says " + b.ok() + ", the full tree " + a.ok());
        }
    }

    /** One byte of a signed record changed (outside the signature and id text): never ok. */
    @FuzzTest(maxDuration = "30s")
    void aChangedBodyByteIsNeverOk(FuzzedDataProvider data) {
        byte[] doc = SIGNED.clone();
        int at = data.consumeInt(0, doc.length - 1);
        byte b = data.consumeByte();
        if (b == doc[at]) {
            return;
        }
        String text = new String(SIGNED, StandardCharsets.UTF_8);
        int sig = text.indexOf("\"signature\"");
        int id = text.indexOf("\"scan_id\"");
        doc[at] = b;
        VerificationResult r = FAST.verify(doc);
        // a changed byte may only leave the record ok if it changed nothing the signature covers:
        // layout whitespace between tokens, which canonicalization removes
        if (r.ok()) {
            byte was = SIGNED[at];
            boolean layout = (was == ' ' || was == '\n') && (b == ' ' || b == '\n' || b == '\t' || b == '\r');
            assertFalse(!layout, "ok after changing byte " + at + " from " + (char) was + " to " + (char) b
                    + " (signature at " + sig + ", id at " + id + ")");
        }
    }
}
