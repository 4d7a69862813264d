package dev.ophamin.verify;

import dev.ophamin.Stable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One file judged by {@link Verifier#verifyFiles}: its result, or the error that kept it from
 * being read (then {@code result} is null).
 */
@Stable
public record FileVerification(Path path, VerificationResult result, IOException readError) {
    /** {@return true when the file was read and its record is ok} */
    public boolean ok() {
        return result != null && result.ok();
    }
}
