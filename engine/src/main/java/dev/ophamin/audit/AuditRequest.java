package dev.ophamin.audit;

import dev.ophamin.verify.HmacKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What to audit and how; immutable, built with {@link #builder(Path)}. */
public final class AuditRequest {
    private final Path target;
    private final List<String> pillars;
    private final List<Path> sarifFiles;
    private final List<String> sarifCommands;
    private final Map<String, Path> pillarConfigs;
    private final AuditGate gate;
    private final Duration timeout;
    private final HmacKey key;
    private final Path out;
    private final Path outDir;
    private final List<Path> pluginDirs;

    private AuditRequest(Builder b) {
        target = Objects.requireNonNull(b.target, "target");
        pillars = List.copyOf(b.pillars);
        sarifFiles = List.copyOf(b.sarifFiles);
        sarifCommands = List.copyOf(b.sarifCommands);
        pillarConfigs = Map.copyOf(b.pillarConfigs);
        gate = b.gate;
        timeout = b.timeout;
        key = Objects.requireNonNull(b.key, "key");
        out = b.out;
        outDir = b.outDir;
        pluginDirs = List.copyOf(b.pluginDirs);
    }

    public static Builder builder(Path target) {
        return new Builder(target);
    }

    public Path target() {
        return target;
    }

    /** Pillars named with {@code --pillar}; empty means the defaults (unless only SARIF is given). */
    public List<String> pillars() {
        return pillars;
    }

    public List<Path> sarifFiles() {
        return sarifFiles;
    }

    public List<String> sarifCommands() {
        return sarifCommands;
    }

    public Map<String, Path> pillarConfigs() {
        return pillarConfigs;
    }

    /** The gate, or null for a descriptive audit/1.0. */
    public AuditGate gate() {
        return gate;
    }

    public Duration timeout() {
        return timeout;
    }

    public HmacKey key() {
        return key;
    }

    /** The record file, or null for {@code audit_<first 16 hex of the id>.json} in {@link #outDir()}. */
    public Path out() {
        return out;
    }

    /** Where a record without {@link #out()} goes (default: the working directory). */
    public Path outDir() {
        return outDir;
    }

    public List<Path> pluginDirs() {
        return pluginDirs;
    }

    /** Builds a request; the key defaults to the reference's audit key. */
    public static final class Builder {
        private final Path target;
        private final List<String> pillars = new ArrayList<>();
        private final List<Path> sarifFiles = new ArrayList<>();
        private final List<String> sarifCommands = new ArrayList<>();
        private final Map<String, Path> pillarConfigs = new LinkedHashMap<>();
        private AuditGate gate;
        private Duration timeout = PillarSettings.DEFAULT_TIMEOUT;
        private HmacKey key = HmacKey.ofText("default", dev.ophamin.record.RecordKind.AUDIT.defaultKey());
        private Path out;
        private Path outDir = Path.of("");
        private final List<Path> pluginDirs = new ArrayList<>();

        private Builder(Path target) {
            this.target = target;
        }

        public Builder pillar(String name) {
            pillars.add(name);
            return this;
        }

        public Builder sarif(Path file) {
            sarifFiles.add(file);
            return this;
        }

        public Builder sarifCommand(String spec) {
            sarifCommands.add(spec);
            return this;
        }

        public Builder pillarConfig(String pillar, Path file) {
            pillarConfigs.put(pillar, file);
            return this;
        }

        public Builder gate(AuditGate g) {
            gate = g;
            return this;
        }

        public Builder timeout(Duration t) {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            timeout = t;
            return this;
        }

        public Builder key(HmacKey k) {
            key = k;
            return this;
        }

        public Builder out(Path file) {
            out = file;
            return this;
        }

        public Builder outDir(Path dir) {
            outDir = Objects.requireNonNull(dir, "outDir");
            return this;
        }

        public Builder pluginDir(Path dir) {
            pluginDirs.add(dir);
            return this;
        }

        public AuditRequest build() {
            return new AuditRequest(this);
        }
    }
}
