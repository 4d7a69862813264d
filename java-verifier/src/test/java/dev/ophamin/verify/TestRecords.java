package dev.ophamin.verify;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.RecordKind;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.util.List;

/** Builds synthetic records of every kind, signed as the reference signs them. */
final class TestRecords {
    private TestRecords() {
    }

    static JsonString s(String v) {
        return new JsonString(v);
    }

    /** The record with its id and signature set (id first, signature last, as the reference writes). */
    static JsonObject sign(RecordKind kind, JsonObject unsigned, String keyText) {
        JsonObject body = kind.body(unsigned);
        byte[] canonical = kind.canonicalBody(body);
        JsonObject.Builder b = JsonObject.builder().put(kind.idField(), s(RecordKind.sha256Hex(canonical)));
        body.members().forEach(b::put);
        String sig = keyText == null ? "" : HmacKey.ofText("k", keyText).hexMac(canonical, 0, canonical.length);
        return b.put("signature", s(sig)).build();
    }

    static byte[] bytes(JsonObject record) {
        return PythonJsonWriter.toBytes(record, PythonJsonWriter.Layout.INDENT2);
    }

    static JsonObject campaign(String version) {
        JsonObject.Builder b = JsonObject.builder()
                .put("schema_version", s(version)).put("target_name", s("mock"))
                .put("target_git_commit", s("abc")).put("started_at", s("2026-11-22T10:00:00+00:00"))
                .put("completed_at", s("2026-11-22T10:05:00+00:00")).put("ophamin_version", s("0.1.0"))
                .put("ophamin_git_commit", s("def"))
                .put("phases", new JsonArray(List.of(JsonObject.builder().put("wheel", s("seeing"))
                        .put("started_at", s("2026-11-22T10:00:00+00:00"))
                        .put("completed_at", s("2026-11-22T10:01:00+00:00")).put("status", s("ok"))
                        .put("artifact_paths", new JsonArray(List.of())).put("summary", JsonObject.EMPTY)
                        .put("error", dev.ophamin.canonical.JsonNull.NULL).build())));
        if (version.equals("2.0")) {
            b.put("corrected_verdicts", JsonObject.builder().put("a".repeat(64), s("INCONCLUSIVE")).build())
                    .put("multiplicity_correction_method", s("holm"));
        }
        return b.build();
    }

    static JsonObject alert() {
        return JsonObject.builder().put("schema_version", s("regression-alert/1.0"))
                .put("before_root", s("before")).put("after_root", s("after"))
                .put("n_before", JsonInt.of(1)).put("n_after", JsonInt.of(1))
                .put("generated_at", s("2026-11-22T10:00:00+00:00")).put("ophamin_version", s("0.1.0"))
                .put("ophamin_git_commit", s("def")).put("transitions", new JsonArray(List.of()))
                .put("unmatched_in_before", new JsonArray(List.of()))
                .put("unmatched_in_after", new JsonArray(List.of())).build();
    }

    static JsonObject driftScan(JsonValue version) {
        return JsonObject.builder().put("schema_version", version).put("ophamin_version", s("0.1.0"))
                .put("ophamin_git_commit", s("def")).put("captured_at", s("2026-11-22T10:00:00+00:00"))
                .put("detector_name", s("adwin")).put("detector_config", JsonObject.builder()
                        .put("delta", new JsonFloat(0.002)).build())
                .put("stream_name", s("phi")).put("n_samples", JsonInt.of(100)).put("stream_hash", s("00"))
                .put("events", new JsonArray(List.of(JsonObject.builder().put("sample_index", JsonInt.of(50))
                        .put("detector_name", s("adwin")).put("value_at_event", new JsonFloat(Double.NaN))
                        .put("detail", JsonObject.EMPTY).build())))
                .build();
    }

    /** A fresh ed25519 key pair and its raw public key in hex (RFC 8032 encoding). */
    record Author(KeyPair pair, String publicHex) {
        static Author generate() throws Exception {
            KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            var point = ((EdECPublicKey) kp.getPublic()).getPoint();
            byte[] be = point.getY().toByteArray();
            byte[] raw = new byte[32];
            for (int i = 0; i < Math.min(32, be.length); i++) {
                raw[i] = be[be.length - 1 - i];
            }
            if (point.isXOdd()) {
                raw[31] |= (byte) 0x80;
            }
            return new Author(kp, Hex.encode(raw));
        }

        String sign(byte[] msg) throws Exception {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(pair.getPrivate());
            s.update(msg);
            return Hex.encode(s.sign());
        }
    }

    static JsonObject attest(JsonObject proof, String author, Author key) throws Exception {
        byte[] body = RecordKind.PROOF.canonicalBody(proof);
        return proof.with("attestation", JsonObject.builder().put("author", s(author))
                .put("algorithm", s("ed25519")).put("public_key", s(key.publicHex()))
                .put("signature", s(key.sign(body))).build());
    }

}
