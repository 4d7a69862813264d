package dev.ophamin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/embedding compiled and run against the packaged jars: on the module path (the
 * verifier's and emitter's descriptors resolve, and the record it verifies is authentic) and
 * on the class path. A tampered record must be rejected both ways.
 */
class ModulePathExampleTest {
    private static final Path ROOT = Path.of(System.getProperty("ophamin.root", ".."));
    private static final Path EXAMPLE = ROOT.resolve("examples/embedding");
    private static final String MAIN = "org.example.embed.EmbedExample";

    @Test
    void runsOnTheModulePath(@TempDir Path tmp) throws Exception {
        String path = String.join(File.pathSeparator, jars());
        Path out = tmp.resolve("classes");
        compile("--module-path", path, "-d", out.toString(),
                EXAMPLE.resolve("module-info.java").toString(), source());
        Path tampered = tamperedRecord(tmp);
        Run r = java(tmp, "--module-path", out + File.pathSeparator + path,
                "-m", "org.example.embed/" + MAIN, tampered.toString());
        assertTrue(r.out.startsWith("verifier loaded from module dev.ophamin.verifier\n"), r.out);
        assertTrue(r.out.contains(": ok, signed with lab\n"), r.out);
        assertTrue(r.out.contains(tampered + ": rejected: "), r.out);
        assertEquals(1, r.exit, r.out);
    }

    @Test
    void runsOnTheClassPath(@TempDir Path tmp) throws Exception {
        String path = String.join(File.pathSeparator, jars());
        Path out = tmp.resolve("classes");
        compile("-cp", path, "-d", out.toString(), source());
        Run r = java(tmp, "-cp", out + File.pathSeparator + path, MAIN);
        assertEquals("verifier loaded from the class path\n", r.out.lines().findFirst().orElse("") + "\n");
        assertTrue(r.out.contains(": ok, signed with lab\n"), r.out);
        assertEquals(0, r.exit, r.out);
    }

    private static String source() {
        return EXAMPLE.resolve("org/example/embed/EmbedExample.java").toString();
    }

    // the packaged jars under test, and the libraries the emitter requires, from this test's class path
    private static List<String> jars() throws URISyntaxException {
        List<String> jars = new ArrayList<>();
        for (String jar : List.of("java-verifier/target/ophamin-verifier-0.1.0.jar",
                "java-emitter/target/ophamin-emitter-0.1.0.jar")) {
            Path p = ROOT.resolve(jar);
            assertTrue(Files.isRegularFile(p), p + " is built by mvn package, before this module's tests");
            jars.add(p.toString());
        }
        for (Class<?> c : List.of(JsonFactory.class, JFreeChart.class, SVGGraphics2D.class)) {
            jars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return jars;
    }

    private static void compile(String... args) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror"));
        all.addAll(List.of(args));
        assertEquals(0, javac.run(null, null, null, all.toArray(String[]::new)), "javac " + all);
    }

    private static Path tamperedRecord(Path tmp) throws IOException {
        Path shipped = ROOT.resolve("fixtures/records/attested-proof.json");
        String text = Files.readString(shipped, StandardCharsets.UTF_8);
        Path bad = tmp.resolve("tampered.json");
        Files.writeString(bad, text.replaceFirst("\"scenario_name\": \"", "\"scenario_name\": \"x"), StandardCharsets.UTF_8);
        assertTrue(!Files.readString(bad).equals(text), "the tampering changed the record");
        return bad;
    }

    private record Run(int exit, String out) {
    }

    private static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(args));
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the example finished within a minute");
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
