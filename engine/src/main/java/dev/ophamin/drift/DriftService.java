package dev.ophamin.drift;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.DriftScanRecord;
import dev.ophamin.model.Identity;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ophamin drift-detect} as a service: every detector over one stream, one signed
 * DriftScan (schema 2) per detector, written atomically and never over an existing file.
 */
public final class DriftService {
    /** One detector's scan, its file and where it fired. */
    public record Scan(DriftScanRecord record, Path file, List<Integer> eventIndices) {
    }

    private final EngineInfo engine;

    public DriftService(EngineInfo engine) {
        this.engine = engine;
    }

    /**
     * Runs each detector of {@code specs} over {@code stream}. {@code out} names the file when
     * there is one detector; otherwise files go to {@code outDir} as
     * {@code drift_<detector>_<first 16 hex of the id>.json}. IllegalArgumentException for a bad
     * detector or an existing {@code out}, before anything runs.
     */
    public List<Scan> detect(ValueStream stream, List<String> specs, long seed, HmacKey key, Path out, Path outDir)
            throws IOException {
        List<StreamDetector> detectors = new ArrayList<>();
        for (String s : specs) {
            detectors.add(Detectors.create(s, seed));
        }
        if (out != null && detectors.size() != 1) {
            throw new IllegalArgumentException("--out names one file; with " + detectors.size()
                    + " detectors use --out-dir");
        }
        if (out != null && Files.exists(out)) {
            throw new IllegalArgumentException(out + ": exists (a drift scan is never overwritten)");
        }
        String hash = stream.hash();
        List<Scan> scans = new ArrayList<>();
        for (StreamDetector d : detectors) {
            List<Integer> at = new ArrayList<>();
            List<JsonValue> events = new ArrayList<>();
            double[] v = stream.values();
            for (int i = 0; i < v.length; i++) {
                if (d.update(v[i])) {
                    at.add(i);
                    events.add(JsonObject.builder().put("sample_index", (long) i).put("detector_name", d.name())
                            .put("value_at_event", v[i]).put("detail", d.detail()).build());
                }
            }
            DriftScanRecord r = RecordSigner.sign(new DriftScanRecord("", 2, engine.version(), engine.gitCommit(),
                    Identity.now(), d.name(), d.config(), stream.name(), v.length, hash, new JsonArray(events), ""), key);
            Path file = out != null ? out : outDir.resolve("drift_" + d.name() + "_" + r.scanId().substring(0, 16) + ".json");
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            RecordFiles.write(file, r);
            scans.add(new Scan(r, file, List.copyOf(at)));
        }
        return scans;
    }
}
