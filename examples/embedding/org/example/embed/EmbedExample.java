package org.example.embed;

import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.RegressionAlertRecord;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny embedding: emits a signed record with the emitter, then verifies it and every file
 * named on the command line with the verifier. Exits 1 when any is rejected.
 */
public final class EmbedExample {
    public static void main(String[] args) throws Exception {
        Module verifier = Verifier.class.getModule();
        System.out.println("verifier loaded from "
                + (verifier.isNamed() ? "module " + verifier.getName() : "the class path"));

        HmacKey lab = HmacKey.ofText("lab", "an example key, never a real one");
        RegressionAlertRecord alert = RecordSigner.sign(RegressionAlertRecord.unsigned(
                "proofs/before", "proofs/after", 0, 0, "2026-12-05T00:00:00+00:00", "0.1.0", "unknown",
                List.of(), List.of(), List.of()), lab);
        Verifier check = Verifier.builder().key(lab).build();

        boolean allOk = report("emitted alert " + alert.alertId(), check.verify(RecordFiles.bytes(alert)));
        for (String file : args) {
            allOk &= report(file, check.verify(Files.readAllBytes(Path.of(file))));
        }
        System.exit(allOk ? 0 : 1);
    }

    private static boolean report(String what, VerificationResult result) {
        System.out.println(what + ": " + (result.ok()
                ? "ok, signed with " + result.keyLabel()
                : "rejected: " + String.join("; ", result.reasons())));
        return result.ok();
    }
}
