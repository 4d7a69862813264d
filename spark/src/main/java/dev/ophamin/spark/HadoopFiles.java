package dev.ophamin.spark;

import dev.ophamin.cli.CliException;
import dev.ophamin.service.KeyFiles;
import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** Whole-file reads through Hadoop's file systems, on the driver or an executor. */
final class HadoopFiles {
    private HadoopFiles() {
    }

    /** An HMAC key file in the CLI's format, labelled by its name as given; unreadable is a usage error. */
    static HmacKey key(String file, Configuration conf) {
        try {
            return HmacKey.ofBytes(file, KeyFiles.keyMaterial(read(file, conf)));
        } catch (IOException e) {
            throw CliException.usage(file + ": cannot read the key file: " + e.getMessage());
        }
    }

    static byte[] read(String uri, Configuration conf) throws IOException {
        Path p = new Path(uri);
        FileSystem fs = p.getFileSystem(conf);
        if (fs instanceof LocalFileSystem) {
            // the raw local file system: the checksummed one looks for a .crc file beside every read
            fs = ((LocalFileSystem) fs).getRaw();
        }
        try (InputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }
}
