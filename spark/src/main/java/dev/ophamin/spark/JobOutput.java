package dev.ophamin.spark;

import dev.ophamin.cli.CliException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A job's output directory on any Hadoop file system. It must not exist yet (or be empty); files
 * are written under a temporary name and renamed; {@code _SUCCESS} is written last. When the job
 * fails, {@link #abandon()} removes the directory, so a reader never sees a partial result: no
 * {@code _SUCCESS}, no directory.
 */
final class JobOutput {
    static final String SUCCESS = "_SUCCESS";

    private final Path dir;
    private final FileSystem fs;

    private JobOutput(Path dir, FileSystem fs) {
        this.dir = dir;
        this.fs = fs;
    }

    static JobOutput create(String out, Configuration conf) {
        Path dir = new Path(out);
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (fs.exists(dir)) {
                if (!fs.getFileStatus(dir).isDirectory() || fs.listStatus(dir).length > 0) {
                    throw CliException.usage(out + ": exists and is not an empty directory (results are never mixed)");
                }
            } else if (!fs.mkdirs(dir)) {
                throw CliException.usage(out + ": cannot create the directory");
            }
            return new JobOutput(fs.makeQualified(dir), fs);
        } catch (IOException e) {
            throw CliException.usage(out + ": " + e.getMessage());
        }
    }

    /** The qualified directory, for jobs that write into it themselves (Parquet). */
    String path(String name) {
        return new Path(dir, name).toString();
    }

    void write(String name, byte[] content) throws IOException {
        Path tmp = new Path(dir, "." + name + ".tmp");
        try (OutputStream o = fs.create(tmp, true)) {
            o.write(content);
        }
        Path target = new Path(dir, name);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The marker that the directory is complete. */
    void succeed() throws IOException {
        write(SUCCESS, new byte[0]);
    }

    /** Removes everything the job wrote (best effort: the job is failing already). */
    void abandon() {
        try {
            fs.delete(dir, true);
        } catch (IOException e) {
            // the failure being reported matters more; a left directory has no _SUCCESS
        }
    }
}
