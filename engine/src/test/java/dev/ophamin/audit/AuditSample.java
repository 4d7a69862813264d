package dev.ophamin.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The committed sample tree (src/test/resources/audit-sample), copied so tests can add to it. */
final class AuditSample {
    static final Path SOURCE = Path.of("src/test/resources/audit-sample");

    private AuditSample() {
    }

    /** A copy of the sample under {@code dir}/sample. */
    static Path copy(Path dir) {
        Path to = dir.resolve("sample");
        try (Stream<Path> s = Files.walk(SOURCE)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(SOURCE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** A copy with the Java sample compiled into {@code classes/} (for SpotBugs). */
    static Path compiled(Path dir) {
        Path root = copy(dir);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-g", "-d", root.resolve("classes").toString(),
                root.resolve("src/sample/Ledger.java").toString());
        if (rc != 0) {
            throw new IllegalStateException("javac failed: " + rc);
        }
        return root;
    }
}
