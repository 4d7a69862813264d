package dev.ophamin.campaign;

import dev.ophamin.verify.HmacKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Settings of one {@code run-all} campaign.
 *
 * @param only       scenarios to run (empty: every registered scenario)
 * @param skip       scenarios not to run
 * @param substrate  substrate spec for scenarios that drive one (null: mock)
 * @param outDir     where bundles, the campaign record and the reports go
 * @param fwerMethod holm, bh or none
 * @param fwerAlpha  family-wise (holm) or false-discovery (bh) level
 * @param seed       seed of every scenario run
 * @param reproducible fixed timestamps in every proof
 * @param key        signs every proof and the campaign record
 * @param source     the source tree the auditing phase audits (null: the substrate's declared one, if any)
 */
public record CampaignOptions(List<String> only, List<String> skip, String substrate, Path outDir, String fwerMethod,
                              double fwerAlpha, long seed, boolean reproducible, HmacKey key, Path source) {
    public CampaignOptions {
        only = List.copyOf(only);
        skip = List.copyOf(skip);
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(key, "key");
        if (!List.of("holm", "bh", "none").contains(fwerMethod)) {
            throw new IllegalArgumentException("--fwer-method must be holm, bh or none, got '" + fwerMethod + "'");
        }
        if (!(fwerAlpha > 0 && fwerAlpha < 1)) {
            throw new IllegalArgumentException("--fwer-alpha must be between 0 and 1, got " + fwerAlpha);
        }
    }
}
