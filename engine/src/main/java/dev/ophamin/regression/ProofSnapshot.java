package dev.ophamin.regression;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.record.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The proofs under one directory, one per pairing key. When several proofs share a key (repeated
 * runs), the one created last stands for it (ties: the later path); the others are listed as
 * superseded so nothing disappears silently.
 */
public final class ProofSnapshot {
    /** One proof and where it was found (relative to the root). */
    public record Entry(String key, String scenario, Path relativePath, ProofRecord proof) {
    }

    private final Path root;
    private final Map<String, Entry> byKey;
    private final Map<String, ProofFacts> facts;
    private final List<String> superseded;
    private final List<String> unreadable;

    private ProofSnapshot(Path root, Map<String, Entry> byKey, Map<String, ProofFacts> facts, List<String> superseded,
                          List<String> unreadable) {
        this.root = root;
        this.byKey = byKey;
        this.facts = facts;
        this.superseded = superseded;
        this.unreadable = unreadable;
    }

    /**
     * Reads every {@code *.json} proof under {@code root}; files that are no proof are ignored,
     * proofs the typed model cannot read are listed in {@link #unreadable()}.
     *
     * @throws IllegalArgumentException when root is not a readable directory
     */
    public static ProofSnapshot scan(Path root) {
        List<Path> files = dev.ophamin.analysis.ProofCorpus.jsonFiles(root);
        Map<String, Entry> byKey = new TreeMap<>();
        Map<String, ProofFacts> facts = new TreeMap<>();
        List<String> superseded = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path f : files) {
            Path rel = root.relativize(f);
            JsonValue doc;
            try {
                doc = JsonReader.standard().read(Files.readAllBytes(f));
            } catch (DecodeException | IOException e) {
                continue; // not JSON we can read: not a proof of this snapshot
            }
            if (RecordKind.detect(doc) != RecordKind.PROOF) {
                continue;
            }
            ProofRecord proof;
            try {
                proof = ProofRecord.fromJson(doc);
            } catch (RecordFormatException e) {
                unreadable.add(rel + ": " + e.getMessage());
                continue;
            }
            ProofFacts pf = ProofFacts.of(proof, rel);
            Entry e = new Entry(pf.key(), pf.scenario(), rel, proof);
            ProofFacts old = facts.get(pf.key());
            if (old == null) {
                byKey.put(pf.key(), e);
                facts.put(pf.key(), pf);
            } else {
                // ProofFacts decides which stands, here and on a cluster
                ProofFacts later = ProofFacts.later(old, pf);
                superseded.add((later == old ? pf : old).relativePath());
                if (later == pf) {
                    byKey.put(pf.key(), e);
                    facts.put(pf.key(), pf);
                }
            }
        }
        return new ProofSnapshot(root, byKey, facts, superseded, unreadable);
    }

    public Path root() {
        return root;
    }

    /** The standing proof per pairing key, sorted by key. */
    public Map<String, Entry> byKey() {
        return byKey;
    }

    /** The facts of the standing proof per pairing key, sorted by key. */
    public Map<String, ProofFacts> facts() {
        return facts;
    }

    /** Proofs that share a key with a later one. */
    public List<String> superseded() {
        return superseded;
    }

    /** Proof files the typed model refused, with the reason. */
    public List<String> unreadable() {
        return unreadable;
    }

    /** Number of proofs read (standing plus superseded). */
    public int size() {
        return byKey.size() + superseded.size();
    }
}
