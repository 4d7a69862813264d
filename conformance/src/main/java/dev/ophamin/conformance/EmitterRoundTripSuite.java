package dev.ophamin.conformance;

import dev.ophamin.canonical.JsonReader;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.envelope.InTotoEnvelope;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.verify.HmacKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every record a MANIFEST.tsv lists, read through the emitter's typed model and written back in the
 * reference's file layout, must be byte-identical to its file (envelopes: unwrapped and re-wrapped).
 */
final class EmitterRoundTripSuite implements Suite {
    private final Path dir;

    EmitterRoundTripSuite(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "emitter-roundtrip";
    }

    @Override
    public String source() {
        return dir.resolve("MANIFEST.tsv").toString();
    }

    @Override
    public List<CaseResult> run() {
        List<CaseResult> out = new ArrayList<>();
        List<String> lines = Files2.lines(dir.resolve("MANIFEST.tsv"));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t", -1);
            if (line.isBlank() || f.length < 3 || f[1].equals("none") || f[1].equals("fixture")) {
                continue;
            }
            Path file = dir.resolve(f[0]);
            if (!Files.isRegularFile(file)) {
                continue; // the shipped-records suite reports missing files
            }
            out.add(roundTrip(f[0], f[1], f.length > 3 ? f[3] : "", Files2.bytes(file)));
        }
        return out;
    }

    private static CaseResult roundTrip(String name, String kind, String key, byte[] bytes) {
        try {
            byte[] again;
            if (kind.equals("envelope")) {
                HmacKey k = HmacKey.ofText("manifest", key);
                ProofRecord proof = InTotoEnvelope.unwrap(JsonReader.standard().read(bytes), k);
                again = InTotoEnvelope.toBytes(InTotoEnvelope.wrap(proof, k));
            } else {
                again = RecordFiles.bytes(RecordFiles.parse(bytes));
            }
            return Arrays.equals(bytes, again) ? CaseResult.pass(name)
                    : CaseResult.fail(name, "re-written bytes differ from the file");
        } catch (Exception e) {
            return CaseResult.fail(name, "not read: " + e.getMessage());
        }
    }
}
