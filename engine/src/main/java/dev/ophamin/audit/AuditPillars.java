package dev.ophamin.audit;

import dev.ophamin.plugin.PluginJars;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every audit pillar on the class path and in plug-in jars, found with {@link ServiceLoader}.
 * Loading is loud: a duplicate or malformed name, or a class that cannot be built, fails the load
 * with a message naming the class.
 */
public final class AuditPillars {
    private final Map<String, StaticAnalysisPillar> byName;

    private AuditPillars(Map<String, StaticAnalysisPillar> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The engine's pillars plus those in every {@code *.jar} of each plug-in directory. */
    public static AuditPillars load(List<Path> pluginDirs) {
        ClassLoader loader = PluginJars.classLoader(pluginDirs, AuditPillars.class.getClassLoader());
        return of(ServiceLoader.load(StaticAnalysisPillar.class, loader));
    }

    /** A registry of the given pillars, checked the same way. */
    public static AuditPillars of(Iterable<StaticAnalysisPillar> pillars) {
        Map<String, StaticAnalysisPillar> m = new TreeMap<>();
        try {
            for (StaticAnalysisPillar p : pillars) {
                String cls = p.getClass().getName();
                String name;
                try {
                    name = p.name();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("audit pillar class " + cls + ": " + e.getMessage());
                }
                if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
                    throw new IllegalArgumentException("audit pillar class " + cls + " has a bad name '" + name
                            + "' (lower-case letters, digits and '-')");
                }
                StaticAnalysisPillar prev = m.putIfAbsent(name, p);
                if (prev != null) {
                    throw new IllegalArgumentException("duplicate audit pillar name '" + name + "': "
                            + prev.getClass().getName() + " and " + cls);
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("cannot load an audit pillar: " + e.getMessage());
        }
        return new AuditPillars(m);
    }

    /** Pillars sorted by name. */
    public List<StaticAnalysisPillar> all() {
        return List.copyOf(byName.values());
    }

    /** The pillars that run when none is named. */
    public List<StaticAnalysisPillar> defaults() {
        List<StaticAnalysisPillar> out = new ArrayList<>();
        for (StaticAnalysisPillar p : byName.values()) {
            if (p.runsByDefault()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The pillar named {@code name}; IllegalArgumentException listing the names otherwise. */
    public StaticAnalysisPillar get(String name) {
        StaticAnalysisPillar p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown audit pillar '" + name + "' (known: "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return p;
    }
}
