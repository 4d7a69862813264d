package dev.ophamin.audit;

import dev.ophamin.audit.sarif.SarifDriverPillar;
import dev.ophamin.audit.sarif.SarifPillars;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.AuditRecord;
import dev.ophamin.model.Identity;
import dev.ophamin.model.PreRegistration;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.ReproductionCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ophamin audit} as a service (the CLI, run-all and the servers call this): checks every
 * input before any tool runs, seals the gate's pre-registration, runs the pillars, writes one
 * signed AuditRecord atomically.
 */
public final class AuditService {
    /** The written record, its file and the pillar runs behind it. */
    public record Result(AuditRecord record, Path file, List<PillarRun> runs) {
        /** The gate's outcome, or null without a gate. */
        public String outcome() {
            return record.verdict() == null ? null
                    : ((JsonString) ((JsonObject) record.verdict()).get("outcome")).value();
        }
    }

    private final EngineInfo engine;

    public AuditService(EngineInfo engine) {
        this.engine = engine;
    }

    /**
     * Audits as {@code req} says. IllegalArgumentException (one line, naming the file) for bad
     * input, found before any tool runs; IOException when the record cannot be written.
     */
    public Result audit(AuditRequest req, AuditRunner.Listener listener) throws IOException {
        AuditTarget target = AuditTarget.of(req.target());
        List<StaticAnalysisPillar> pillars = select(req, target);
        Map<String, PillarSettings> settings = settings(req, pillars);
        if (req.out() != null && Files.exists(req.out())) {
            throw new IllegalArgumentException(req.out() + ": exists (an audit record is never overwritten)");
        }
        String hash;
        try {
            hash = target.contentHash();
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        String started = Identity.now();
        PreRegistration prereg = null;
        String command = command(req, target);
        if (req.gate() != null) {
            prereg = new PreRegistration(configHash(req, pillars, target), hash,
                    "gate " + req.gate().describe() + " over the findings of " + names(pillars) + " on "
                            + target.path() + "; a pillar that errors makes the verdict INCONCLUSIVE",
                    JsonObject.EMPTY, started);
        }
        List<PillarRun> runs = AuditRunner.runAll(pillars, target, n -> settings.get(n), listener);
        AuditRecord record = RecordSigner.sign(AuditRecords.unsigned(engine.version(), engine.gitCommit(), started,
                target, hash, runs, command, prereg, req.gate()), req.key());
        Path file = req.out() != null ? req.out()
                : req.outDir().resolve("audit_" + record.auditId().substring(0, 16) + ".json");
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        RecordFiles.write(file, record);
        return new Result(record, file, runs);
    }

    /** The pillars in run order: named (or default) registered ones, then SARIF files, then SARIF commands. */
    List<StaticAnalysisPillar> select(AuditRequest req, AuditTarget target) {
        AuditPillars registry = AuditPillars.load(req.pluginDirs());
        List<StaticAnalysisPillar> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean sarifOnly = req.pillars().isEmpty() && (!req.sarifFiles().isEmpty() || !req.sarifCommands().isEmpty());
        List<StaticAnalysisPillar> registered = new ArrayList<>();
        if (!req.pillars().isEmpty()) {
            for (String n : req.pillars()) {
                registered.add(registry.get(n));
            }
        } else if (!sarifOnly) {
            registered.addAll(registry.defaults());
        }
        for (StaticAnalysisPillar p : registered) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("--pillar " + p.name() + " is given twice");
            }
            out.add(p);
        }
        for (Path f : req.sarifFiles()) {
            for (StaticAnalysisPillar p : SarifPillars.fromFile(f, target)) {
                String name = p.name();
                for (int i = 2; seen.contains(name); i++) {
                    name = p.name() + "-" + i;
                }
                seen.add(name);
                out.add(name.equals(p.name()) ? p : renamed(p, name));
            }
        }
        for (String spec : req.sarifCommands()) {
            StaticAnalysisPillar p = SarifPillars.fromCommand(spec);
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("--sarif-command " + p.name() + ": that pillar name is already taken");
            }
            out.add(p);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no pillar to run");
        }
        return out;
    }

    private static StaticAnalysisPillar renamed(StaticAnalysisPillar p, String name) {
        return ((SarifDriverPillar) p).renamed(name);
    }

    private static Map<String, PillarSettings> settings(AuditRequest req, List<StaticAnalysisPillar> pillars) {
        Map<String, PillarSettings> m = new HashMap<>();
        for (StaticAnalysisPillar p : pillars) {
            m.put(p.name(), new PillarSettings(req.timeout(), null));
        }
        for (Map.Entry<String, Path> e : req.pillarConfigs().entrySet()) {
            StaticAnalysisPillar p = pillars.stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--pillar-config " + e.getKey()
                            + ": that pillar does not run in this audit"));
            if (!p.acceptsConfigFile()) {
                throw new IllegalArgumentException("--pillar-config " + e.getKey() + ": that pillar takes no configuration file");
            }
            if (!Files.isRegularFile(e.getValue()) || !Files.isReadable(e.getValue())) {
                throw new IllegalArgumentException(e.getValue() + ": no such readable file (--pillar-config " + e.getKey() + ")");
            }
            m.put(p.name(), new PillarSettings(req.timeout(), e.getValue().toAbsolutePath()));
        }
        return m;
    }

    /** The reproduction command: every option that shapes the record, quoted for a POSIX shell; never a key. */
    static String command(AuditRequest req, AuditTarget target) {
        List<String> a = new ArrayList<>(List.of("ophamin", "audit"));
        req.pillars().forEach(p -> a.addAll(List.of("--pillar", p)));
        req.pillarConfigs().forEach((k, v) -> a.addAll(List.of("--pillar-config", k + "=" + v)));
        req.sarifFiles().forEach(f -> a.addAll(List.of("--sarif", f.toString())));
        req.sarifCommands().forEach(c -> a.addAll(List.of("--sarif-command", c)));
        if (req.gate() != null) {
            a.addAll(List.of("--gate", req.gate().metric() + " " + req.gate().comparator() + " "
                    + dev.ophamin.model.PythonFormat.str(req.gate().value())));
        }
        a.add(target.path().toString());
        return ReproductionCommand.join(a);
    }

    private String configHash(AuditRequest req, List<StaticAnalysisPillar> pillars, AuditTarget target) {
        List<JsonValue> names = new ArrayList<>();
        pillars.forEach(p -> names.add(new JsonString(p.name())));
        JsonObject config = JsonObject.builder().put("gate", req.gate().describe()).put("pillars", new JsonArray(names))
                .put("target_path", target.path().toString()).put("engine", engine.version()).build();
        return RecordKind.sha256Hex(PythonJsonWriter.toBytes(config, PythonJsonWriter.Layout.CANONICAL));
    }

    private static String names(List<StaticAnalysisPillar> pillars) {
        List<String> n = new ArrayList<>();
        pillars.forEach(p -> n.add(p.name()));
        return String.join(", ", n);
    }
}
