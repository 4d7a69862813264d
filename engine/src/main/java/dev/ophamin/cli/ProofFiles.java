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

/** The proofs under a directory, read through the typed model; other JSON files are passed over. */
final class ProofFiles {
    /** One proof and its file. */
    record Loaded(Path path, ProofRecord proof) {
    }

    private ProofFiles() {
    }

    static List<Loaded> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw CliException.usage(dir + ": not a directory");
        }
        List<Loaded> out = new ArrayList<>();
        for (RecordTargets.Target t : RecordTargets.collect(List.of(dir))) {
            SignedRecord r;
            try {
                r = RecordFiles.read(t.path());
            } catch (IOException e) {
                throw CliException.usage(t.path() + ": " + InputFiles.reason(e));
            } catch (DecodeException | RecordFormatException e) {
                continue; // not a record this command reads; verify reports such files
            }
            if (r instanceof ProofRecord) {
                out.add(new Loaded(t.path(), (ProofRecord) r));
            }
        }
        return out;
    }
}
