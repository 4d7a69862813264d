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

    /**
     * {@return the bytes of the record's file}
     *
     * @param record the signed record
     */
    public static byte[] bytes(SignedRecord record) {
        return PythonJsonWriter.toBytes(record.toJson(), PythonJsonWriter.Layout.INDENT2);
    }

    /**
     * Writes the record atomically; refuses to replace an existing file.
     *
     * @param file the file to create
     * @param record the signed record
     * @throws IOException when writing fails or the file exists
     */
    public static void write(Path file, SignedRecord record) throws IOException {
        AtomicFiles.write(file, bytes(record), false);
    }

    /**
     * Writes the record atomically, replacing an existing file when {@code overwrite}.
     *
     * @param file the file to write
     * @param record the signed record
     * @param overwrite whether an existing file may be replaced
     * @throws IOException when writing fails, or the file exists and {@code overwrite} is false
     */
    public static void write(Path file, SignedRecord record, boolean overwrite) throws IOException {
        AtomicFiles.write(file, bytes(record), overwrite);
    }

    /**
     * Parses record bytes strictly and reads them through the typed model.
     *
     * @param content the file's bytes
     * @return the record
     * @throws DecodeException when the bytes are not JSON the strict reader accepts
     * @throws RecordFormatException naming the field at fault
     */
    public static SignedRecord parse(byte[] content) throws DecodeException, RecordFormatException {
        return Records.read(JsonReader.standard().read(content));
    }

    /**
     * Reads a record file through the typed model.
     *
     * @param file the record file
     * @return the record
     * @throws IOException when the file cannot be read
     * @throws DecodeException when the bytes are not JSON the strict reader accepts
     * @throws RecordFormatException naming the field at fault
     */
    public static SignedRecord read(Path file) throws IOException, DecodeException, RecordFormatException {
        return parse(Files.readAllBytes(file));
    }
}
