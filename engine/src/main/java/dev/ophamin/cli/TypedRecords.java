package dev.ophamin.cli;

import dev.ophamin.DecodeException;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.SignedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The records of one kind under a directory, read through the typed model; other JSON files are passed over. */
final class TypedRecords {
    /** One proof and its file. */
    record Loaded(Path path, ProofRecord proof) {
    }

    /** One record and its file. */
    record Typed<T extends SignedRecord>(Path path, T record) {
    }

    private TypedRecords() {
    }

    static List<Loaded> load(Path dir) {
        List<Loaded> out = new ArrayList<>();
        for (Typed<ProofRecord> t : load(dir, ProofRecord.class)) {
            out.add(new Loaded(t.path(), t.record()));
        }
        return out;
    }

    static <T extends SignedRecord> List<Typed<T>> load(Path dir, Class<T> type) {
        if (!Files.isDirectory(dir)) {
            throw CliException.usage(dir + ": not a directory");
        }
        List<Typed<T>> out = new ArrayList<>();
        for (RecordTargets.Target t : RecordTargets.collect(List.of(dir))) {
            SignedRecord r;
            try {
                r = RecordFiles.read(t.path());
            } catch (IOException e) {
                throw CliException.usage(t.path() + ": " + InputFiles.reason(e));
            } catch (DecodeException | RecordFormatException e) {
                continue; // not a record this command reads; verify reports such files
            }
            if (type.isInstance(r)) {
                out.add(new Typed<>(t.path(), type.cast(r)));
            }
        }
        return out;
    }
}
