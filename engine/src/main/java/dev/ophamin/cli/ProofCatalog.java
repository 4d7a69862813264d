package dev.ophamin.cli;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.SignatureOutcome;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The proofs under a directory, each with its verdict, claim and signature state. */
final class ProofCatalog {
    /** One proof file. */
    record Entry(Path path, String proofId, String verdict, String claim, String signatureState) {
    }

    private ProofCatalog() {
    }

    static List<Entry> scan(Path dir, Verifier verifier) {
        if (!Files.isDirectory(dir)) {
            throw CliException.usage(dir + ": not a directory");
        }
        List<Entry> out = new ArrayList<>();
        for (RecordTargets.Target t : RecordTargets.collect(List.of(dir))) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(t.path());
            } catch (IOException e) {
                throw CliException.usage(t.path() + ": " + InputFiles.reason(e));
            }
            JsonValue doc;
            try {
                doc = JsonReader.standard().read(bytes);
            } catch (DecodeException e) {
                continue; // not a readable proof; verify reports these
            }
            if (RecordKind.detect(doc) != RecordKind.PROOF) {
                continue;
            }
            JsonObject p = (JsonObject) doc;
            VerificationResult r = verifier.verify(bytes);
            out.add(new Entry(t.path(), str(p, "proof_id"), str(obj(p, "verdict"), "outcome"),
                    str(obj(p, "claim"), "statement"), state(r)));
        }
        return out;
    }

    private static String state(VerificationResult r) {
        if (!r.idOk()) {
            return "id-mismatch";
        }
        if (r.signature() == SignatureOutcome.VALID) {
            return "valid (" + r.keyLabel() + ")";
        }
        return r.signature().label();
    }

    private static JsonObject obj(JsonObject o, String k) {
        return o.get(k) instanceof JsonObject ? (JsonObject) o.get(k) : JsonObject.EMPTY;
    }

    private static String str(JsonObject o, String k) {
        return o.get(k) instanceof JsonString ? ((JsonString) o.get(k)).value() : "";
    }
}
