package dev.ophamin.pillar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import org.hipparchus.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class PillarsTest {
    @Test
    void hipparchusVersionConstantMatchesTheJarOnTheClasspath() throws Exception {
        URI jar = TTest.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        try (JarFile f = new JarFile(Path.of(jar).toFile())) {
            String bundle = f.getManifest().getMainAttributes().getValue("Bundle-Version");
            assertEquals(bundle, Library.HIPPARCHUS.version());
        }
    }

    @Test
    void namesAreUniqueKebabCaseAndEntryPointsExist() throws Exception {
        Set<String> names = new HashSet<>();
        for (Pillar p : Pillars.all()) {
            assertTrue(names.add(p.name()), "duplicate " + p.name());
            String type = p.entryPoint().split("#")[0];
            assertNotNull(Class.forName(type), type);
            assertTrue(p.libraryVersion() != null && !p.libraryVersion().isBlank());
        }
        assertTrue(names.containsAll(Set.of("welch-t", "wilson-ci", "pearson-r", "spearman-rho", "one-way-anova",
                "mann-whitney-u", "holm", "benjamini-hochberg", "spc-individuals", "sample-ratio-mismatch", "adwin",
                "page-hinkley", "wald-sprt", "mixture-sprt", "meta-analysis", "k-fold", "shuffle-split",
                "group-k-fold", "power-t-test", "power-proportion")));
        assertEquals("hipparchus", Pillars.find("welch-t").orElseThrow().library().id());
        assertEquals("ophamin", Pillars.find("adwin").orElseThrow().library().id());
        assertTrue(Pillars.find("nope").isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> new Pillar("Not Kebab", "m", "p", Library.OPHAMIN, "r", "x"));
    }
}
