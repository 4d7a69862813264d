package dev.ophamin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
                "engine/target/ophamin-engine-0.1.0.jar", "dev.ophamin.engine",
                "spark/target/ophamin-spark-0.1.0.jar", "dev.ophamin.spark");
        jars.forEach((jar, name) -> {
            Path p = ROOT.resolve(jar);
            assertTrue(Files.isRegularFile(p), p + " is built by mvn package, before this module's tests");
            Optional<ModuleReference> ref = ModuleFinder.of(p).findAll().stream().findFirst();
            assertTrue(ref.isPresent(), p + " is readable as a module");
            ModuleDescriptor d = ref.get().descriptor();
            assertEquals(name, d.name(), p.toString());
        });
    }

    @Test
    void theLibrariesAreExplicitModulesExportingTheirPublicPackages() {
        ModuleDescriptor verifier = descriptor("java-verifier/target/ophamin-verifier-0.1.0.jar");
        assertFalse(verifier.isAutomatic());
        assertEquals(Set.of("dev.ophamin", "dev.ophamin.canonical", "dev.ophamin.record", "dev.ophamin.schema",
                "dev.ophamin.verify"), exports(verifier));
        // jackson-core is the one library the core path needs; the schema validator stays optional
        assertEquals(Set.of("com.fasterxml.jackson.core"), required(verifier, false));
        assertEquals(Set.of("com.networknt.schema", "com.fasterxml.jackson.databind"), required(verifier, true));

        ModuleDescriptor emitter = descriptor("java-emitter/target/ophamin-emitter-0.1.0.jar");
        assertFalse(emitter.isAutomatic());
        assertEquals(Set.of("dev.ophamin.emit", "dev.ophamin.envelope", "dev.ophamin.model", "dev.ophamin.render"),
                exports(emitter));
        assertTrue(emitter.requires().stream().anyMatch(r -> r.name().equals("dev.ophamin.verifier")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }

    private static ModuleDescriptor descriptor(String jar) {
        return ModuleFinder.of(ROOT.resolve(jar)).findAll().iterator().next().descriptor();
    }

    private static Set<String> exports(ModuleDescriptor d) {
        return d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

    private static Set<String> required(ModuleDescriptor d, boolean isStatic) {
        return d.requires().stream()
                .filter(r -> !r.name().equals("java.base"))
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC) == isStatic)
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
    }
}
