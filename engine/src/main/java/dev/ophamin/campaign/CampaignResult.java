package dev.ophamin.campaign;

import dev.ophamin.model.CampaignRecord;
import java.nio.file.Path;
import java.util.List;

/** A finished campaign: its signed record, where it was written, and every scenario run. */
public record CampaignResult(CampaignRecord record, Path recordFile, List<ScenarioRun> runs, Multiplicity.Result correction) {
    /** True when any phase failed (the CLI then exits 1). */
    public boolean anyPhaseFailed() {
        return record.phases().stream().anyMatch(p -> p.status().equals("failed"));
    }
}
