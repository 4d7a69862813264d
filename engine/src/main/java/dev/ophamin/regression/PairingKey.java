package dev.ophamin.regression;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.record.RecordKind;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which proofs are "the same experiment" across two snapshots: the same scenario and the same
 * claim. Key = {@code <scenario>#<first 12 hex of sha256(canonical claim)>}.
 *
 * <p>The scenario is read, in order, from the provenance activity {@code ophamin:scenario_<name>},
 * from the bundle layout {@code <scenario>/<YYYY-MM-DD>_<verdict>_<id12>/proof.json}, or from the
 * flat layout {@code <scenario>_<id16>.json}; failing all three it is the file name. The reference
 * paired by the first segment of the file name, which is {@code proof} for every bundle.
 */
public final class PairingKey {
    private static final Pattern BUNDLE_DIR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}_[a-z]+_[0-9a-f]{12}");
    private static final Pattern FLAT = Pattern.compile("(.+)_[0-9a-f]{16}\\.json");
    private static final String ACTIVITY_PREFIX = "ophamin:scenario_";

    private PairingKey() {
    }

    /** The scenario a provenance block names by its activity {@code ophamin:scenario_<name>}, or null. */
    public static String activityScenario(dev.ophamin.canonical.JsonValue provenance) {
        if (provenance instanceof JsonObject && ((JsonObject) provenance).get("activity") instanceof JsonObject) {
            for (String k : ((JsonObject) ((JsonObject) provenance).get("activity")).keys()) {
                if (k.startsWith(ACTIVITY_PREFIX) && k.length() > ACTIVITY_PREFIX.length()) {
                    return k.substring(ACTIVITY_PREFIX.length());
                }
            }
        }
        return null;
    }

    /** The scenario a proof belongs to. */
    public static String scenario(ProofRecord proof, Path relativePath) {
        String byActivity = activityScenario(proof.provenance());
        if (byActivity != null) {
            return byActivity;
        }
        Path parent = relativePath.getParent();
        if (parent != null && BUNDLE_DIR.matcher(parent.getFileName().toString()).matches()
                && parent.getParent() != null) {
            return parent.getParent().getFileName().toString();
        }
        String name = relativePath.getFileName().toString();
        Matcher m = FLAT.matcher(name);
        if (m.matches()) {
            return m.group(1);
        }
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** The pairing key of a proof found at {@code relativePath} under its snapshot root. */
    public static String of(ProofRecord proof, Path relativePath) {
        byte[] claim = PythonJsonWriter.toBytes(proof.claim().toJson(), PythonJsonWriter.Layout.CANONICAL);
        return scenario(proof, relativePath) + "#" + RecordKind.sha256Hex(claim).substring(0, 12);
    }
}
