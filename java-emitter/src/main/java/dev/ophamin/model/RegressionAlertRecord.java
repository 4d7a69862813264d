package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A RegressionAlertRecord (regression-alert/1.0): verdict transitions between two proof snapshots. */
@Experimental
public record RegressionAlertRecord(String alertId, String schemaVersion, String beforeRoot, String afterRoot,
                                    long nBefore, long nAfter, String generatedAt, String ophaminVersion,
                                    String ophaminGitCommit, List<VerdictTransition> transitions,
                                    List<String> unmatchedInBefore, List<String> unmatchedInAfter,
                                    String signature) implements SignedRecord {
    /** The schema version of alerts written. */
    public static final String SCHEMA_VERSION = "regression-alert/1.0";

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param alertId the {@code alert_id} member
     * @param schemaVersion the {@code schema_version} member
     * @param beforeRoot the {@code before_root} member
     * @param afterRoot the {@code after_root} member
     * @param nBefore the {@code n_before} member
     * @param nAfter the {@code n_after} member
     * @param generatedAt the {@code generated_at} member
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param transitions the {@code transitions} member
     * @param unmatchedInBefore the {@code unmatched_in_before} member
     * @param unmatchedInAfter the {@code unmatched_in_after} member
     * @param signature the {@code signature} member
     */
    public RegressionAlertRecord {
        Check.notNull(alertId, "alert_id");
        Check.notNull(schemaVersion, "schema_version");
        if (!schemaVersion.equals(SCHEMA_VERSION)) {
            throw new IllegalArgumentException("schema_version: must be " + SCHEMA_VERSION + ", got '"
                    + schemaVersion + "'");
        }
        Check.notNull(beforeRoot, "before_root");
        Check.notNull(afterRoot, "after_root");
        Check.notNull(generatedAt, "generated_at");
        Check.notNull(ophaminVersion, "ophamin_version");
        Check.notNull(ophaminGitCommit, "ophamin_git_commit");
        transitions = Check.list(transitions, "transitions");
        unmatchedInBefore = Check.list(unmatchedInBefore, "unmatched_in_before");
        unmatchedInAfter = Check.list(unmatchedInAfter, "unmatched_in_after");
        Check.notNull(signature, "signature");
    }

    /**
     * {@return an unsigned alert; its id is computed from the body}
     *
     * @param beforeRoot the {@code before_root} member
     * @param afterRoot the {@code after_root} member
     * @param nBefore the {@code n_before} member
     * @param nAfter the {@code n_after} member
     * @param generatedAt the {@code generated_at} member
     * @param ophaminVersion the {@code ophamin_version} member
     * @param ophaminGitCommit the {@code ophamin_git_commit} member
     * @param transitions the {@code transitions} member
     * @param unmatchedInBefore the {@code unmatched_in_before} member
     * @param unmatchedInAfter the {@code unmatched_in_after} member
     */
    public static RegressionAlertRecord unsigned(String beforeRoot, String afterRoot, long nBefore, long nAfter,
                                                 String generatedAt, String ophaminVersion, String ophaminGitCommit,
                                                 List<VerdictTransition> transitions, List<String> unmatchedInBefore,
                                                 List<String> unmatchedInAfter) {
        RegressionAlertRecord r = new RegressionAlertRecord("", SCHEMA_VERSION, beforeRoot, afterRoot, nBefore,
                nAfter, generatedAt, ophaminVersion, ophaminGitCommit, transitions, unmatchedInBefore,
                unmatchedInAfter, "");
        return r.withIdAndSignature(r.computeId(), "");
    }

    /**
     * Reads a record through the typed model; nothing the signature covers is lost.
     *
     * @param doc the parsed document
     * @return the record
     * @throws RecordFormatException naming the field at fault
     */
    public static RegressionAlertRecord fromJson(JsonValue doc) throws RecordFormatException {
        Reading r = Reading.of(doc, "");
        String id = r.string("alert_id");
        String version = r.string("schema_version");
        String br = r.string("before_root");
        String ar = r.string("after_root");
        long nb = r.integer("n_before");
        long na = r.integer("n_after");
        String at = r.string("generated_at");
        String ov = r.string("ophamin_version");
        String oc = r.string("ophamin_git_commit");
        List<VerdictTransition> ts = new ArrayList<>();
        for (Reading t : r.sections("transitions")) {
            ts.add(VerdictTransition.read(t));
        }
        List<String> ub = r.strings("unmatched_in_before");
        List<String> ua = r.strings("unmatched_in_after");
        String sig = r.string("signature");
        r.end();
        return r.build(() -> new RegressionAlertRecord(id, version, br, ar, nb, na, at, ov, oc, ts, ub, ua, sig));
    }

    /** {@return true when any transition is a regression (the CLI exits 1 then)} */
    public boolean hasRegressions() {
        return transitions.stream().anyMatch(t -> t.transitionClass().equals("regression"));
    }

    @Override
    public RecordKind kind() {
        return RecordKind.REGRESSION_ALERT;
    }

    @Override
    public String id() {
        return alertId;
    }

    @Override
    public JsonObject body() {
        List<JsonValue> ts = new ArrayList<>();
        for (VerdictTransition t : transitions) {
            ts.add(t.toJson());
        }
        return JsonObject.builder()
                .put("schema_version", schemaVersion)
                .put("before_root", beforeRoot)
                .put("after_root", afterRoot)
                .put("n_before", nBefore)
                .put("n_after", nAfter)
                .put("generated_at", generatedAt)
                .put("ophamin_version", ophaminVersion)
                .put("ophamin_git_commit", ophaminGitCommit)
                .put("transitions", new JsonArray(ts))
                .put("unmatched_in_before", strings(unmatchedInBefore))
                .put("unmatched_in_after", strings(unmatchedInAfter))
                .build();
    }

    static JsonArray strings(List<String> l) {
        List<JsonValue> out = new ArrayList<>();
        for (String s : l) {
            out.add(new JsonString(s));
        }
        return new JsonArray(out);
    }

    @Override
    public JsonObject toJson() {
        return Records.wrap(alertId, "alert_id", body(), signature);
    }

    @Override
    public RegressionAlertRecord withIdAndSignature(String id, String sig) {
        return new RegressionAlertRecord(Objects.requireNonNull(id), schemaVersion, beforeRoot, afterRoot, nBefore,
                nAfter, generatedAt, ophaminVersion, ophaminGitCommit, transitions, unmatchedInBefore,
                unmatchedInAfter, Objects.requireNonNull(sig));
    }
}
