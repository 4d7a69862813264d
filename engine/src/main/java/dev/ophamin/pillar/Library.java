package dev.ophamin.pillar;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Where a pillar's arithmetic comes from: Hipparchus, or this project's own code. */
public enum Library {
    /** org.hipparchus:hipparchus-stat; the version is pinned in the root pom and checked by a test. */
    HIPPARCHUS("hipparchus", "4.0.2"),
    /** Code in this repository, written from the published formulas. */
    OPHAMIN("ophamin", engineVersion());

    private final String id;
    private final String version;

    Library(String id, String version) {
        this.id = id;
        this.version = version;
    }

    /** The lower-case name that goes into records ("hipparchus" or "ophamin"). */
    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    private static String engineVersion() {
        // the same build-time resource the CLI's --version reads
        try (InputStream in = Library.class.getResourceAsStream("/dev/ophamin/cli/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
