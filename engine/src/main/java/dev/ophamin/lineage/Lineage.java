package dev.ophamin.lineage;

import dev.ophamin.canonical.JsonString;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.CampaignPhase;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.SignedRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ophamin lineage}: a proof's lineage chain, child first, each run resolved where it can
 * be — the proof's own run against its pre-registration, a campaign run against the campaign
 * record that names it (searched for in the directories above the proof) — and the verdict of the
 * PROV-JSON check of its provenance.
 */
public final class Lineage {
    private Lineage() {
    }

    public static String describe(ProofRecord p, Path file) {
        StringBuilder b = new StringBuilder();
        List<String> chain = p.reproduction().lineageChain();
        b.append("proof ").append(p.proofId(), 0, 16).append(" (").append(file).append(")\n");
        if (chain.isEmpty()) {
            b.append("  lineage chain: empty (the record names no run)\n");
        }
        for (int i = 0; i < chain.size(); i++) {
            String id = chain.get(i);
            b.append(i == 0 ? "  run      " : "  <- run  ").append(id).append("  ");
            if (i == 0) {
                boolean matches = id.startsWith(p.preregistration().configHash().substring(0,
                        Math.min(12, p.preregistration().configHash().length())));
                b.append(matches ? "this scenario run (config " + p.preregistration().configHash().substring(0, 12) + ")"
                        : "not derived from this proof's config hash");
            } else {
                Path campaign = findCampaign(file, id);
                b.append(campaign == null ? "no campaign record above the proof names this run"
                        : "campaign " + campaignId(campaign) + " (" + campaign + ")");
            }
            b.append('\n');
        }
        List<String> problems = ProvJson.problems(p.provenance());
        b.append(problems.isEmpty() ? "  provenance: valid PROV-JSON\n"
                : "  provenance: " + problems.size() + " PROV-JSON problem(s): " + String.join("; ", problems) + "\n");
        return b.toString();
    }

    /** The campaign record in a directory above {@code file} whose run id is {@code runId}, or null. */
    static Path findCampaign(Path file, String runId) {
        for (Path d = file.toAbsolutePath().normalize().getParent(); d != null; d = d.getParent()) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(d, "campaign-*.json")) {
                for (Path c : s) {
                    if (runIdOf(c).equals(runId)) {
                        return c;
                    }
                }
            } catch (IOException e) {
                // an unreadable directory holds no campaign we can use
            }
        }
        return null;
    }

    static String runIdOf(Path campaign) {
        try {
            SignedRecord r = RecordFiles.read(campaign);
            if (r instanceof CampaignRecord c) {
                for (CampaignPhase ph : c.phases()) {
                    if (ph.wheel().equals("seeing") && ph.summary().get("run_id") instanceof JsonString s) {
                        return s.value();
                    }
                }
            }
        } catch (Exception e) {
            return "";
        }
        return "";
    }

    private static String campaignId(Path campaign) {
        try {
            return ((CampaignRecord) RecordFiles.read(campaign)).campaignId().substring(0, 12);
        } catch (Exception e) {
            return "?";
        }
    }

}
