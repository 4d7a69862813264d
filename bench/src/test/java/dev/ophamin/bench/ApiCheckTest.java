package dev.ophamin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary-compatibility check of {@code mvn verify}, run as the build runs it (the
 * japicmp execution {@code api-check} of java-verifier), against two made-up baselines: one
 * where a {@code @Stable} class had a method the current jar lacks (the check must fail), and
 * one where an {@code @Experimental} class had it (the check must pass).
 */
class ApiCheckTest {
    private static final Path ROOT = Path.of(System.getProperty("ophamin.root", ".."));
    private static final Path JAR = ROOT.resolve("java-verifier/target/ophamin-verifier-0.1.0.jar");

    @Test
    void aMethodRemovedFromAStableTypeFailsTheBuild(@TempDir Path tmp) throws Exception {
        Run r = checkAgainstBaselineWithExtraMethod(tmp, "dev/ophamin/verify/HmacKey");
        assertNotEquals(0, r.exit, r.out);
        assertTrue(r.out.contains("dev.ophamin.verify.HmacKey"), r.out);
        assertTrue(r.out.contains("METHOD_REMOVED"), r.out);
    }

    @Test
    void aMethodRemovedFromAnExperimentalTypePasses(@TempDir Path tmp) throws Exception {
        Run r = checkAgainstBaselineWithExtraMethod(tmp, "dev/ophamin/record/ProofStructure");
        assertEquals(0, r.exit, r.out);
    }

    // A baseline = today's jar, with one class recompiled from its source plus a public method.
    private static Run checkAgainstBaselineWithExtraMethod(Path tmp, String type) throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by mvn package, before this module's tests");
        Path source = ROOT.resolve("java-verifier/src/main/java/" + type + ".java");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('}');
        String simple = type.substring(type.lastIndexOf('/') + 1);
        Path copy = tmp.resolve("src/" + simple + ".java");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, text.substring(0, end) + "    public static int goneSince0x() {\n        return 1;\n    }\n}\n",
                StandardCharsets.UTF_8);
        Path classes = tmp.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17",
                "-cp", JAR + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "-d", classes.toString(), copy.toString());
        assertEquals(0, rc, "javac of the changed " + simple);

        Path baseline = tmp.resolve("baseline");
        Files.createDirectories(baseline);
        replaceClass(JAR, baseline.resolve("ophamin-verifier-0.1.0.jar"), type + ".class",
                classes.resolve(type + ".class"));
        return mvn(tmp, "-B", "-q", "-f", ROOT.resolve("pom.xml").toString(), "-pl", "java-verifier",
                "japicmp:cmp@api-check", "-Dophamin.api.baseline.dir=" + baseline);
    }

    private static void replaceClass(Path jar, Path out, String entry, Path replacement) throws IOException {
        try (JarFile in = new JarFile(jar.toFile());
             JarOutputStream o = new JarOutputStream(Files.newOutputStream(out))) {
            for (JarEntry e : in.stream().toList()) {
                if (e.getName().equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                o.putNextEntry(new JarEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    Files.copy(replacement, o);
                } else {
                    try (InputStream s = in.getInputStream(e)) {
                        s.transferTo(o);
                    }
                }
                o.closeEntry();
            }
        }
    }

    private record Run(int exit, String out) {
    }

    private static Run mvn(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("mvn"));
        cmd.addAll(List.of(args));
        Path log = dir.resolve("mvn.log");
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "mvn finished within five minutes");
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
