package dev.ophamin.campaign;

import java.nio.file.Path;

/** CampaignTest's python3 check of a proof, for tests in other packages. */
public final class CampaignTestAccess {
    private CampaignTestAccess() {
    }

    public static void pythonAcceptsProof(Path proof) throws Exception {
        CampaignTest.pythonAccepts(proof, "proof_id");
    }
}
