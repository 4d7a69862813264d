package dev.ophamin.emit;

import dev.ophamin.DecodeException;
import dev.ophamin.Stable;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.Records;
import dev.ophamin.model.SignedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Record files in the reference's layout: {@code json.dumps(record, indent=2)} in field order,
 * {@code \\uXXXX} escapes, compact empty containers, no trailing newline.
 */
@Stable
public final class RecordFiles {
    private RecordFiles() {
    }

    /** The bytes of the record's file. */
    public static byte[] bytes(SignedRecord record) {
        return PythonJsonWriter.toBytes(record.toJson(), PythonJsonWriter.Layout.INDENT2);
    }

    /** Writes the record atomically; refuses to replace an existing file. */
    public static void write(Path file, SignedRecord record) throws IOException {
        AtomicFiles.write(file, bytes(record), false);
    }

    /** Writes the record atomically, replacing an existing file when {@code overwrite}. */
    public static void write(Path file, SignedRecord record, boolean overwrite) throws IOException {
        AtomicFiles.write(file, bytes(record), overwrite);
    }

    /** Parses record bytes strictly and reads them through the typed model. */
    public static SignedRecord parse(byte[] content) throws DecodeException, RecordFormatException {
        return Records.read(JsonReader.standard().read(content));
    }

    /** Reads a record file through the typed model. */
    public static SignedRecord read(Path file) throws IOException, DecodeException, RecordFormatException {
        return parse(Files.readAllBytes(file));
    }
}
