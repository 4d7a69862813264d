package dev.ophamin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each published jar has a stable module name on the module path. Runs in the bench module, the
 * last of the reactor, so every other module's jar is already packaged ({@code mvn verify}).
 */
class ModuleNamesTest {
    private static final Path ROOT = Path.of(System.getProperty("ophamin.root", ".."));

    @Test
    void everyPublishedJarHasItsModuleName() {
        Map<String, String> jars = Map.of(
                "java-verifier/target/ophamin-verifier-0.1.0.jar", "dev.ophamin.verifier",
                "java-emitter/target/ophamin-emitter-0.1.0.jar", "dev.ophamin.emitter",
                "conformance/target/ophamin-conformance-0.1.0.jar", "dev.ophamin.conformance",
                "engine/target/ophamin-engine-0.1.0.jar", "dev.ophamin.engine");
        jars.forEach((jar, name) -> {
            Path p = ROOT.resolve(jar);
            assertTrue(Files.isRegularFile(p), p + " is built by mvn package, before this module's tests");
            Optional<ModuleReference> ref = ModuleFinder.of(p).findAll().stream().findFirst();
            assertTrue(ref.isPresent(), p + " is readable as a module");
            ModuleDescriptor d = ref.get().descriptor();
            assertEquals(name, d.name(), p.toString());
        });
    }
}
