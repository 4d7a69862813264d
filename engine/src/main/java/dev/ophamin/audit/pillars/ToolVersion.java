package dev.ophamin.audit.pillars;

import dev.ophamin.audit.ToolProcess;
import java.nio.file.Path;
import java.util.List;

/** Version lines of tools whose {@code --version} first line is not the version. */
final class ToolVersion {
    private ToolVersion() {
    }

    /** The first line of the command's output that starts with {@code prefix}, or "". */
    static String lineStartingWith(List<String> command, String prefix) {
        try {
            ToolProcess.Result r = ToolProcess.run(command, Path.of("."), java.time.Duration.ofSeconds(20));
            for (String line : (new String(r.stdout()) + "\n" + new String(r.stderr())).split("\n")) {
                if (line.strip().startsWith(prefix)) {
                    return line.strip();
                }
            }
        } catch (dev.ophamin.audit.PillarException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }
}
