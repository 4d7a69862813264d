package dev.ophamin.spark;

import dev.ophamin.cli.CliException;
import dev.ophamin.service.VerificationReport;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files a job reads, found on the driver: files named as arguments, and {@code *.json} under
 * directories, on any Hadoop-compatible file system. Each keeps the text it is shown as, the
 * argument followed by its path below it, so reports name files as {@code ophamin verify} does.
 */
final class JobInput {
    private JobInput() {
    }

    /**
     * One file.
     *
     * @param uri where executors read it (qualified)
     * @param shown how reports name it
     * @param explicit named as an argument (then it must be a record), not found in a directory
     */
    record Target(String uri, String shown, boolean explicit) implements Serializable {
    }

    // listStatus, not listFiles: a LocatedFileStatus asks each local file for its permissions, which
    // Hadoop's local file system does by starting 'ls' once per file (minutes for 100,000 files)
    private static void walk(FileSystem fs, Path dir, String root, String base, List<Target> out) throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            if (f.isDirectory()) {
                walk(fs, f.getPath(), root, base, out);
            } else if (f.isFile() && f.getPath().getName().endsWith(".json")) {
                String rel = f.getPath().toUri().getPath().substring(root.length());
                out.add(new Target(f.getPath().toString(), base + (rel.startsWith("/") ? rel : "/" + rel), false));
            }
        }
    }

    /** Every target, sorted and without repeats as the CLI sorts them; a missing path is a usage error. */
    static List<Target> collect(List<String> args, Configuration conf) {
        List<Target> out = new ArrayList<>();
        for (String arg : args) {
            Path p = new Path(arg);
            try {
                FileSystem fs = p.getFileSystem(conf);
                FileStatus st;
                try {
                    st = fs.getFileStatus(p);
                } catch (java.io.FileNotFoundException e) {
                    throw CliException.usage(arg + ": no such file or directory");
                }
                if (!st.isDirectory()) {
                    out.add(new Target(st.getPath().toString(), arg, true));
                    continue;
                }
                String root = st.getPath().toUri().getPath();
                String base = arg.endsWith("/") && arg.length() > 1 ? arg.substring(0, arg.length() - 1) : arg;
                walk(fs, st.getPath(), root, base, out);
            } catch (IOException e) {
                throw CliException.usage(arg + ": cannot read: " + e.getMessage());
            }
        }
        return VerificationReport.inReportOrder(out, Target::shown, Target::explicit);
    }
}
