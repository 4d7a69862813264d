package dev.ophamin.audit;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.AuditRecord;
import dev.ophamin.model.Claim;
import dev.ophamin.model.DataSection;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Evidence;
import dev.ophamin.model.Identity;
import dev.ophamin.model.PreRegistration;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.Reproduction;
import dev.ophamin.model.Verdict;
import dev.ophamin.record.RecordKind;
import java.util.List;

/**
 * An audit wrapped as an EmpiricalProofRecord, as the reference's {@code wrap_as_proof} does: the
 * gate becomes the claim's threshold, the audited tree the dataset, the gate's statistic the one
 * piece of evidence (with the audit id, totals, histogram and pillars in its detail), and the
 * audit id the lineage. Unsigned; sign it like any proof.
 */
public final class AuditProofs {
    /** The substrate name the reference gives a wrapped audit. */
    public static final String SUBSTRATE = "ophamin.auditing.AuditRecord";

    private AuditProofs() {
    }

    public static ProofRecord wrap(AuditRecord audit, AuditGate gate, String engineVersion, JsonObject environment) {
        double observed = gate.observe(audit.summary());
        String stat = gate.metric();
        String configHash = RecordKind.sha256Hex(PythonJsonWriter.toBytes(JsonObject.builder()
                .put("audit_id", audit.auditId()).put("pillar_name", "audit").put("statistic_name", stat).build(),
                PythonJsonWriter.Layout.CANONICAL));
        Claim claim = new Claim("The audit of " + audit.targetPath() + " satisfies " + gate.describe() + ".",
                stat + " counted over the findings of audit " + audit.auditId().substring(0, 16) + " (pillars run: "
                        + String.join(", ", strings(audit.summary().pillarsRun())) + ")",
                gate.threshold(), "the audited tree does not satisfy " + gate.describe(),
                "the audited tree satisfies " + gate.describe());
        Evidence evidence = Evidence.builder().pillar("audit").statistic(stat, observed)
                .library("ophamin", engineVersion)
                .detail(JsonObject.builder().put("audit_id", audit.auditId())
                        .put("total_findings", audit.summary().totalFindings())
                        .put("severity_histogram", audit.summary().severityHistogram())
                        .put("pillars_run", audit.summary().pillarsRun()).build())
                .build();
        return ProofRecord.builder()
                .identity(new Identity(audit.ophaminVersion(), audit.ophaminGitCommit(), audit.capturedAt()))
                .claim(claim)
                .preregistration(new PreRegistration(configHash, audit.targetContentHash(),
                        "wrap an audit as a proof: pre-register a threshold over an audit statistic for CI gating",
                        JsonObject.EMPTY, audit.capturedAt()))
                .data(new DataSection(SUBSTRATE, audit.ophaminGitCommit(), List.of(new Dataset(
                        "audit-target:" + audit.targetPath(), audit.targetContentHash(),
                        Math.max(audit.summary().totalFindings(), 1), audit.targetPath(), "audit_target_tree"))))
                .addEvidence(evidence)
                .verdict(Verdict.decide(observed, gate.threshold()))
                .reproduction(new Reproduction(audit.reproductionCommand().isEmpty() ? "ophamin audit <target>"
                        : audit.reproductionCommand(), environment, List.of(audit.auditId())))
                .provenance(JsonObject.EMPTY)
                .unsigned()
                .build();
    }

    /** The strings of a JSON array of strings. */
    public static List<String> strings(dev.ophamin.canonical.JsonArray a) {
        return a.items().stream().map(v -> v instanceof dev.ophamin.canonical.JsonString s ? s.value() : v.toString())
                .toList();
    }
}
