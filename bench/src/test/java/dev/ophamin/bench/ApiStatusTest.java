package dev.ophamin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.Experimental;
import dev.ophamin.Internal;
import dev.ophamin.Stable;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of the two libraries states exactly one API status, so the
 * binary-compatibility check (which compares the {@code @Stable} ones) covers what it should.
 */
class ApiStatusTest {
    private static final Path ROOT = Path.of(System.getProperty("ophamin.root", ".."));

    @Test
    void everyPublicTypeHasExactlyOneStatus() throws Exception {
        TreeMap<String, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String jar : List.of("java-verifier/target/ophamin-verifier-0.1.0.jar",
                "java-emitter/target/ophamin-emitter-0.1.0.jar")) {
            for (String name : topLevelClasses(ROOT.resolve(jar))) {
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (!Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                List<String> statuses = Stream.of(Stable.class, Experimental.class, Internal.class)
                        .filter(c::isAnnotationPresent).map(Class::getSimpleName).toList();
                if (statuses.size() != 1) {
                    wrong.add(name + " " + statuses);
                } else {
                    byStatus.merge(statuses.get(0), 1, Integer::sum);
                }
            }
        }
        assertEquals(List.of(), wrong, "public types without exactly one of @Stable, @Experimental, @Internal");
        // the verifier's entry points are the stable core
        assertTrue(dev.ophamin.verify.Verifier.class.isAnnotationPresent(Stable.class));
        assertTrue(byStatus.getOrDefault("Stable", 0) >= 30, byStatus.toString());
    }

    private static List<String> topLevelClasses(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.contains("-info")
                            && !n.startsWith("META-INF/"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }
}
