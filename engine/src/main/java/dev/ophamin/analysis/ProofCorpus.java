package dev.ophamin.analysis;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.record.RecordKind;
import dev.ophamin.regression.PairingKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every proof under a directory, each with what the analyses read: scenario, tier, claim key,
 * primary statistic (the threshold's metric and the verdict's observed value), its interval when
 * the evidence gives one, substrate commit and time, and the corrected verdict when a campaign
 * under the same directory carries one. In time order (created_at, then path).
 */
public final class ProofCorpus {
    /** One proof and its facts. */
    public record Entry(Path path, ProofRecord proof, String scenario, String tier, String key, String corrected) {
        /** The metric the claim is decided on. */
        public String metric() {
            return proof.verdict().threshold().metric();
        }

        public double value() {
            return proof.verdict().observedValue();
        }

        /** The verdict's outcome, or the campaign's corrected one when there is one. */
        public String outcome() {
            return corrected != null ? corrected : proof.verdict().outcome().name();
        }

        public String commit() {
            return proof.data().substrateGitCommit();
        }

        public String createdAt() {
            return proof.identity().createdAt();
        }

        /** [low, high] of evidence on the primary metric holding its value, or null. */
        public double[] interval() {
            return proof.primaryInterval();
        }
    }

    private final Path root;
    private final List<Entry> entries;
    private final List<String> unreadable;

    private ProofCorpus(Path root, List<Entry> entries, List<String> unreadable) {
        this.root = root;
        this.entries = entries;
        this.unreadable = unreadable;
    }

    /** Reads {@code root}; IllegalArgumentException when it is not a readable directory. */
    public static ProofCorpus scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + ": not a directory");
        }
        List<Path> files = jsonFiles(root);
        List<ProofRecord> proofs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        Map<String, String> corrected = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Path f : files) {
            JsonValue doc;
            try {
                doc = JsonReader.standard().read(Files.readAllBytes(f));
            } catch (DecodeException | IOException e) {
                continue;
            }
            RecordKind kind = RecordKind.detect(doc);
            try {
                if (kind == RecordKind.PROOF) {
                    proofs.add(ProofRecord.fromJson(doc));
                    paths.add(root.relativize(f));
                } else if (kind == RecordKind.CAMPAIGN) {
                    CampaignRecord c = CampaignRecord.fromJson(doc);
                    if (c.correctedVerdicts() != null) {
                        c.correctedVerdicts().members().forEach((id, v) -> {
                            if (v instanceof JsonString s) {
                                corrected.put(id, s.value());
                            }
                        });
                    }
                }
            } catch (RecordFormatException e) {
                unreadable.add(root.relativize(f) + ": " + e.getMessage());
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < proofs.size(); i++) {
            ProofRecord p = proofs.get(i);
            Path rel = paths.get(i);
            out.add(new Entry(rel, p, PairingKey.scenario(p, rel), tier(p, rel), PairingKey.of(p, rel),
                    corrected.get(p.proofId())));
        }
        out.sort(Comparator.comparing(Entry::createdAt).thenComparing(e -> e.path().toString()));
        return new ProofCorpus(root, List.copyOf(out), List.copyOf(unreadable));
    }

    /** Every regular {@code *.json} file under {@code root}, in path order; IllegalArgumentException when it cannot be walked. */
    public static List<Path> jsonFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + ": not a directory");
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(root + ": cannot walk directory: " + e.getMessage());
        }
    }

    /** The tier from the provenance activity's {@code ophamin:tier}, else the bundle layout's directory, else "-". */
    public static String tier(ProofRecord p, Path rel) {
        if (p.provenance().get("activity") instanceof JsonObject acts) {
            for (JsonValue a : acts.members().values()) {
                if (a instanceof JsonObject o && o.get("ophamin:tier") instanceof JsonString s) {
                    return s.value();
                }
            }
        }
        // <tier>/<scenario>/<bundle>/proof.json
        if (rel.getNameCount() >= 4 && rel.getFileName().toString().equals("proof.json")) {
            return rel.getName(rel.getNameCount() - 4).toString();
        }
        return "-";
    }

    public Path root() {
        return root;
    }

    /** Every proof, oldest first. */
    public List<Entry> entries() {
        return entries;
    }

    /** Proof files the typed model refused, with the reason. */
    public List<String> unreadable() {
        return unreadable;
    }

    /** The entries of one scenario, oldest first. */
    public List<Entry> ofScenario(String scenario) {
        return entries.stream().filter(e -> e.scenario().equals(scenario)).toList();
    }
}
