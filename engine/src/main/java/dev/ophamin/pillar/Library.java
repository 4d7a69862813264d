package dev.ophamin.pillar;


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
        return dev.ophamin.build.BuildInfo.engine();
    }
}
