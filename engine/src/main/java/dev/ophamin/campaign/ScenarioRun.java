package dev.ophamin.campaign;

import dev.ophamin.model.ProofRecord;
import java.nio.file.Path;

/** One scenario of a campaign: its proof and bundle, or the error that stopped it. */
public record ScenarioRun(String scenario, String tier, ProofRecord proof, Path bundle, String error, double seconds) {
    public boolean ok() {
        return error == null;
    }
}
