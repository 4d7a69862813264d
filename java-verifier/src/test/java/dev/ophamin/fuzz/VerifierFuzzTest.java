package dev.ophamin.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ophamin.DecodeException;
import dev.ophamin.canonical.Profile;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;

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
    @FuzzTest(maxDuration = "20s")
    void verifyNeverThrows(byte[] input) {
        VerificationResult a = FULL.verify(input);
        VerificationResult b = FAST.verify(input);
        if (a.ok() != b.ok()) {
            throw new AssertionError("the fast path says " + b.ok() + ", the full tree " + a.ok());
        }
    }

    /**
     * One byte of a signed record changed: ok only when the canonical form did not change. (The
     * first finding: a newline after 0.002 turned into a 0 spells the same float.)
     */
    @FuzzTest(maxDuration = "20s")
    void aChangedBodyByteIsNeverOk(FuzzedDataProvider data) {
        byte[] doc = SIGNED.clone();
        int at = data.consumeInt(0, doc.length - 1);
        byte b = data.consumeByte();
        if (b == doc[at]) {
            return;
        }
        doc[at] = b;
        VerificationResult r = FAST.verify(doc);
        // ok is allowed only when the change left the canonical form, which the signature covers, as it
        // was: layout whitespace, or a number spelled another way (0.002 and 0.0020 are one float)
        if (r.ok()) {
            byte[] before;
            byte[] after;
            try {
                before = Profile.PYTHON_JSON.canonicalize(SIGNED);
                after = Profile.PYTHON_JSON.canonicalize(doc);
            } catch (DecodeException e) {
                throw new AssertionError("ok, yet the changed document is refused: " + e.getMessage(), e);
            }
            assertArrayEquals(before, after, "ok after changing byte " + at + " from " + SIGNED[at] + " to " + b
                    + ", yet the canonical form changed");
        }
    }
}
