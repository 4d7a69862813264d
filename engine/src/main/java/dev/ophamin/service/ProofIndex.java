package dev.ophamin.service;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The proofs under a directory: per-scenario counts by verdict and one entry per proof file, in the
 * shape of the reference's {@code read_proof_index} tool. Signatures are not checked here (verify
 * does that). Paths are relative to the directory asked for, so a server never shows its own.
 */
public final class ProofIndex {
    private ProofIndex() {
    }

    /**
     * {@code rel} resolved under {@code root}, refused (BAD_REQUEST) when absolute, when it climbs out
     * with {@code ..}, or when it or a link on its way leads outside the root; NOT_FOUND when absent.
     */
    public static Path within(Path root, String rel) {
        Path r = Path.of(rel == null || rel.isEmpty() ? "." : rel);
        if (r.isAbsolute() || r.getRoot() != null) {
            throw new ServiceException(ServiceException.Kind.BAD_REQUEST, "dir must be relative to the served root: " + rel);
        }
        for (Path part : r) {
            if (part.toString().equals("..")) {
                throw new ServiceException(ServiceException.Kind.BAD_REQUEST, "dir must not contain '..': " + rel);
            }
        }
        Path dir = root.resolve(r).normalize();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new ServiceException(ServiceException.Kind.NOT_FOUND, "no such directory: " + rel);
        }
        try {
            Path real = dir.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw new ServiceException(ServiceException.Kind.BAD_REQUEST, "dir leads outside the served root: " + rel);
            }
            if (!Files.isDirectory(real)) {
                throw new ServiceException(ServiceException.Kind.BAD_REQUEST, "not a directory: " + rel);
            }
            return real;
        } catch (IOException e) {
            throw new ServiceException(ServiceException.Kind.NOT_FOUND, "unreadable: " + rel);
        }
    }

    /** The index of every proof file under {@code dir} (links to files outside it are not followed). */
    public static JsonObject of(Path dir, String shownAs) {
        Path base;
        try {
            base = dir.toRealPath();
        } catch (IOException e) {
            throw new ServiceException(ServiceException.Kind.NOT_FOUND, "unreadable: " + shownAs);
        }
        List<JsonValue> proofs = new ArrayList<>();
        Map<String, Map<String, Long>> byScenario = new TreeMap<>();
        long loaded = 0;
        long errors = 0;
        for (Path f : jsonFiles(base)) {
            String rel = base.relativize(f).toString().replace('\\', '/');
            JsonValue doc;
            try {
                doc = JsonReader.standard().read(Files.readAllBytes(f));
            } catch (IOException | DecodeException e) {
                errors++;
                proofs.add(JsonObject.builder().put("path", rel).put("error", "failed to load: " + e.getMessage()).build());
                continue;
            }
            if (RecordKind.detect(doc) != RecordKind.PROOF) {
                continue;
            }
            JsonObject p = (JsonObject) doc;
            String scenario = scenario(p);
            String verdict = text(p.get("verdict") instanceof JsonObject ? ((JsonObject) p.get("verdict")).get("outcome") : null);
            loaded++;
            byScenario.computeIfAbsent(scenario, k -> new TreeMap<>()).merge(verdict, 1L, Long::sum);
            proofs.add(JsonObject.builder().put("path", rel).put("scenario", scenario).put("verdict", verdict)
                    .put("proof_id", text(p.get("proof_id"))).put("schema_version", text(p.get("schema_version"))).build());
        }
        JsonObject.Builder scenarios = JsonObject.builder();
        byScenario.forEach((name, verdicts) -> {
            JsonObject.Builder v = JsonObject.builder();
            verdicts.forEach((k, n) -> v.put(k, JsonInt.of(n)));
            scenarios.put(name, JsonObject.builder().put("count", verdicts.values().stream().mapToLong(Long::longValue).sum())
                    .put("by_verdict", v.build()).build());
        });
        return JsonObject.builder().put("directory", shownAs).put("total_proofs", loaded).put("load_errors", errors)
                .put("by_scenario", scenarios.build()).put("proofs", new JsonArray(proofs)).build();
    }

    private static List<Path> jsonFiles(Path base) {
        try (Stream<Path> s = Files.walk(base)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ServiceException(ServiceException.Kind.FAILED, "cannot walk the directory: " + e.getMessage());
        }
    }

    // the scenario a proof names in its provenance (the one rule, PairingKey's), else its identity's name
    /**
     * The scenario a proof's tree names: its provenance activity's, else its identity's.
     *
     * @param p a proof's root object
     * @return the scenario, or {@code (unknown)}
     */
    public static String scenario(JsonObject p) {
        String s = dev.ophamin.regression.PairingKey.activityScenario(p.get("provenance"));
        if (s != null) {
            return s;
        }
        JsonValue id = p.get("identity");
        String name = id instanceof JsonObject ? text(((JsonObject) id).get("scenario_name")) : "";
        return name.isEmpty() ? "(unknown)" : name;
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString ? ((JsonString) v).value() : "";
    }
}
