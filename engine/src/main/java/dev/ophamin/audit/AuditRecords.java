package dev.ophamin.audit;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.model.AuditPillar;
import dev.ophamin.model.AuditRecord;
import dev.ophamin.model.AuditSummary;
import dev.ophamin.model.Outcome;
import dev.ophamin.model.PreRegistration;
import dev.ophamin.model.Threshold;
import dev.ophamin.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Builds an unsigned AuditRecord from finished pillar runs, as the reference lays one out. */
public final class AuditRecords {
    private AuditRecords() {
    }

    /** The summary section: totals, histogram, per-pillar counts, the 20 hottest files, pillars by status. */
    public static AuditSummary summary(List<PillarRun> runs) {
        List<Finding> all = new ArrayList<>();
        JsonObject.Builder perPillar = JsonObject.builder();
        List<JsonValue> ok = new ArrayList<>();
        List<JsonValue> unavailable = new ArrayList<>();
        List<JsonValue> errored = new ArrayList<>();
        for (PillarRun r : runs) {
            all.addAll(r.findings());
            perPillar.put(r.pillarName(), (long) r.findings().size());
            (switch (r.status()) {
                case OK -> ok;
                case UNAVAILABLE -> unavailable;
                case ERROR -> errored;
            }).add(new JsonString(r.pillarName()));
        }
        return new AuditSummary(all.size(), PillarRun.histogram(all), perPillar.build(),
                PillarRun.counts(all, Finding::path, 20).toPairs(), new JsonArray(ok), new JsonArray(unavailable),
                new JsonArray(errored));
    }

    /**
     * The gate's verdict over the runs: INCONCLUSIVE when a pillar errored (its findings are
     * missing, so no count can be trusted) unless the gate counts errored pillars itself.
     */
    public static Verdict verdict(AuditGate gate, List<PillarRun> runs) {
        double observed = gate.observe(summary(runs));
        Threshold t = gate.threshold();
        List<String> errored = new ArrayList<>();
        for (PillarRun r : runs) {
            if (r.status() == PillarStatus.ERROR) {
                errored.add(r.pillarName());
            }
        }
        if (!errored.isEmpty() && !gate.metric().equals("pillars_errored")) {
            return new Verdict(Outcome.INCONCLUSIVE, observed, t, "pillar(s) " + String.join(", ", errored)
                    + " errored, so their findings are missing and " + gate.metric() + " cannot be decided");
        }
        return Verdict.decide(observed, t);
    }

    /**
     * The record, unsigned, in schema audit/1.1 (as the reference writes every audit now), with
     * the pre-registration and verdict when {@code prereg} is given.
     */
    public static AuditRecord unsigned(String version, String commit, String capturedAt, AuditTarget target,
                                       String contentHash, List<PillarRun> runs, String command,
                                       PreRegistration prereg, AuditGate gate) {
        List<AuditPillar> pillars = new ArrayList<>();
        for (PillarRun r : runs) {
            pillars.add(r.toRecord());
        }
        boolean gated = prereg != null;
        return new AuditRecord("", "audit/1.1", version, commit, capturedAt,
                target.path().toString(), contentHash, pillars, summary(runs), command,
                gated ? prereg.toJson() : null, gated ? new JsonString(gate.metric()) : null,
                gated ? verdict(gate, runs).toJson() : null, "");
    }
}
