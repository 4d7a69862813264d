package dev.ophamin.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions baked in at build time, and the checkout's git commit handed in by the launcher. */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** This engine's version. */
    public static String engine() {
        return PROPS.getProperty("version", "unknown");
    }

    /**
     * The git commit of the ophamin checkout: the {@code ophamin.git.commit} system property (the
     * launcher sets it from {@code git rev-parse HEAD}), else "unknown".
     */
    public static String gitCommit() {
        String c = System.getProperty("ophamin.git.commit", "");
        return c.isBlank() ? "unknown" : c;
    }

    public static String hipparchus() {
        return PROPS.getProperty("hipparchus", "unknown");
    }

    public static String jackson() {
        return PROPS.getProperty("jackson", "unknown");
    }

    public static String picocli() {
        return PROPS.getProperty("picocli", "unknown");
    }

    public static String checkstyle() {
        return PROPS.getProperty("checkstyle", "unknown");
    }

    public static String spotbugs() {
        return PROPS.getProperty("spotbugs", "unknown");
    }
}
