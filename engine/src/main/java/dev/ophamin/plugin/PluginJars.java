package dev.ophamin.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class loader that sees every {@code *.jar} of the {@code --plugin} directories (in name
 * order) on top of the engine's own; every SPI (scenarios, audit pillars) loads from it.
 */
public final class PluginJars {
    private PluginJars() {
    }

    /** The loader; {@code parent} itself when there are no jars. IllegalArgumentException naming a bad directory. */
    public static ClassLoader classLoader(List<Path> dirs, ClassLoader parent) {
        List<URL> jars = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + ": plug-in directory does not exist");
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path j : s.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList())) {
                    jars.add(j.toUri().toURL());
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(dir + ": cannot list plug-ins: " + e.getMessage());
            }
        }
        return jars.isEmpty() ? parent : new URLClassLoader(jars.toArray(new URL[0]), parent);
    }
}
