package dev.ophamin.cli;

import dev.ophamin.build.BuildInfo;
import picocli.CommandLine;

/** {@code ophamin --version}. */
public final class Versions implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "ophamin " + BuildInfo.engine() + " (commit " + BuildInfo.gitCommit() + ")",
            "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
            "jackson-core " + BuildInfo.jackson() + ", picocli " + BuildInfo.picocli() + ", hipparchus " + BuildInfo.hipparchus(),
        };
    }
}
