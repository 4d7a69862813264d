package dev.ophamin.scenario;

import dev.ophamin.plugin.PluginJars;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every scenario on the class path (and in plug-in jars), found with {@link ServiceLoader}.
 * Loading is loud: a duplicate name, missing metadata, a bad tier or a class that cannot be built
 * fails the whole load with a message naming the class.
 */
public final class ScenarioRegistry {
    private final Map<String, Scenario> byName;

    private ScenarioRegistry(Map<String, Scenario> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The engine's own scenarios plus those in every {@code *.jar} of each plug-in directory. */
    public static ScenarioRegistry load(List<Path> pluginDirs) {
        ClassLoader loader = PluginJars.classLoader(pluginDirs, ScenarioRegistry.class.getClassLoader());
        return of(ServiceLoader.load(Scenario.class, loader));
    }

    /** A registry of the given scenarios, checked the same way. */
    public static ScenarioRegistry of(Iterable<Scenario> scenarios) {
        Map<String, Scenario> m = new TreeMap<>();
        Map<String, String> classes = new TreeMap<>();
        try {
            for (Scenario s : scenarios) {
                ScenarioInfo info;
                try {
                    info = s.info();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("scenario class " + s.getClass().getName() + ": " + e.getMessage());
                }
                if (info == null) {
                    throw new IllegalArgumentException("scenario class " + s.getClass().getName() + " has no metadata");
                }
                String prev = classes.putIfAbsent(info.name(), s.getClass().getName());
                if (prev != null) {
                    throw new IllegalArgumentException("duplicate scenario name '" + info.name() + "': " + prev + " and "
                            + s.getClass().getName());
                }
                m.put(info.name(), s);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("cannot load a scenario: " + e.getMessage());
        }
        return new ScenarioRegistry(m);
    }

    /** Scenarios sorted by name. */
    public List<Scenario> all() {
        return List.copyOf(byName.values());
    }

    /** The scenario named {@code name}; IllegalArgumentException listing the names otherwise. */
    public Scenario get(String name) {
        Scenario s = byName.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "' (see 'ophamin scenario list')");
        }
        return s;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }
}
