package dev.ophamin.cli;

import dev.ophamin.service.VerificationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a verify-style command looks at: files named on the command line (which must be
 * records) and {@code *.json} found by walking directories (which may turn out to be no record).
 */
final class RecordTargets {
    /** One file to judge. */
    record Target(Path path, boolean explicit) {
    }

    private RecordTargets() {
    }

    /** Every target, sorted by path; a missing path is a usage error before anything is printed. */
    static List<Target> collect(List<Path> paths) {
        List<Target> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw CliException.usage(p + ": no such file or directory");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                            .forEach(f -> out.add(new Target(f, false)));
                } catch (IOException | UncheckedIOException e) {
                    throw CliException.usage(p + ": cannot walk directory: " + e.getMessage());
                }
            } else {
                out.add(new Target(p, true));
            }
        }
        return VerificationReport.inReportOrder(out, t -> t.path().toString(), Target::explicit);
    }

}
