package dev.ophamin.docs;

import dev.ophamin.OphaminException;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.TrustedAuthors;
import dev.ophamin.verify.VerificationResult;
import dev.ophamin.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The example of docs/embedding.md; EmbeddingDocTest keeps the two identical. */
final class EmbeddingExample {
    private EmbeddingExample() {
    }

    // --- example start
    static boolean check(Path record, String labKey, String alicePublicKeyHex) throws IOException {
        Verifier verifier = Verifier.builder()                     // the reference's default keys are on
                .key(HmacKey.ofText("lab", labKey))                // ... and so is ours
                .trustedAuthors(TrustedAuthors.of(Map.of("alice", alicePublicKeyHex)))
                .build();                                          // immutable: share it across threads

        VerificationResult result = verifier.verify(Files.readAllBytes(record));
        if (result.ok()) {
            System.out.println(result.kind().id() + " " + result.id() + " signed with " + result.keyLabel());
            return true;
        }
        System.out.println("rejected: " + String.join("; ", result.reasons()));
        return false;
    }

    static void strictOrThrow(byte[] record) throws OphaminException {
        Verifier strict = Verifier.builder()
                .strict(true)
                .schemaCheck(new dev.ophamin.schema.RecordSchemas())  // needs networknt on the class path
                .build();
        strict.verifyOrThrow(record);  // DecodeException, VersionException, SignatureException, SchemaException, ValidationException
    }
    // --- example end
}
