package dev.ophamin.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --plugin DIR: scenarios listed in a jar's META-INF/services are registered; duplicates fail loudly. */
class PluginTest {
    static void jar(Path file, String serviceLines) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("META-INF/services/dev.ophamin.scenario.Scenario"));
            jar.write(serviceLines.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    @Test
    void aPluginJarAddsItsScenario(@TempDir Path tmp) throws Exception {
        assertFalse(ScenarioRegistry.load(List.of()).has("plugin-fixture"));
        jar(tmp.resolve("p.jar"), PluginFixtureScenario.class.getName() + "\n");
        assertTrue(ScenarioRegistry.load(List.of(tmp)).has("plugin-fixture"));
        ScenarioRunTest.Run r = ScenarioRunTest.cli("scenario", "run", "plugin-fixture", "--plugin", tmp.toString(),
                "--quiet", "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        ScenarioRunTest.Run list = ScenarioRunTest.cli("scenario", "list", "--plugin", tmp.toString());
        assertTrue(list.out().contains("plugin-fixture"), list.out());
    }

    @Test
    void duplicatesAndBrokenPluginsFailLoudly(@TempDir Path tmp) throws Exception {
        jar(tmp.resolve("a.jar"), PluginFixtureScenario.class.getName() + "\n");
        jar(tmp.resolve("b.jar"), PluginFixtureTwin.class.getName() + "\n");
        ScenarioRunTest.Run dup = ScenarioRunTest.cli("scenario", "list", "--plugin", tmp.toString());
        assertEquals(2, dup.exit(), dup.out());
        assertTrue(dup.err().contains("duplicate scenario name 'plugin-fixture'"), dup.err());
        Path other = Files.createDirectory(tmp.resolve("broken"));
        jar(other.resolve("c.jar"), "com.example.Missing\n");
        ScenarioRunTest.Run broken = ScenarioRunTest.cli("scenario", "list", "--plugin", other.toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().contains("cannot load a scenario"), broken.err());
        assertEquals(2, ScenarioRunTest.cli("scenario", "list", "--plugin", tmp.resolve("nope").toString()).exit());
    }
}
