package dev.ophamin.service;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.Profile;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.record.RecordKind;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioRegistry;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.Verifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The six functions every transport serves (the reference's tools): list the scenarios, describe
 * one, verify a record, canonicalize a document, index a proof directory, run a scenario. Keys are
 * set when the service is built and never taken from a request. Immutable and thread-safe.
 */
public final class OphaminService {
    /** A document's canonical bytes and their SHA-256. */
    public record Canonical(Profile profile, byte[] bytes, String sha256) {
    }

    private final ScenarioRegistry registry;
    private final EngineInfo engine;
    private final Map<String, String> env;
    private final Verifier verifier;
    private final HmacKey signingKey;
    private final Telemetry telemetry;

    private OphaminService(Builder b) {
        this.registry = Objects.requireNonNull(b.registry, "registry");
        this.engine = Objects.requireNonNull(b.engine, "engine");
        this.env = Map.copyOf(b.env);
        Verifier.Builder v = Verifier.builder().ed25519(b.ed25519 != null ? b.ed25519 : BouncyCastleEd25519.INSTANCE);
        b.keys.forEach(v::key);
        this.verifier = v.build();
        this.signingKey = b.signingKey != null ? b.signingKey : HmacKey.ofText("default", RecordKind.PROOF.defaultKey());
        this.telemetry = b.telemetry;
    }

    /** The service's telemetry (its metrics in the Prometheus text format, for a server's /metrics). */
    public Telemetry telemetry() {
        return telemetry;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code {"scenarios": [...]}}: every registered scenario, as {@link ScenarioCatalog#summary}. */
    public JsonObject scenarios() {
        List<JsonValue> all = new java.util.ArrayList<>();
        registry.all().forEach(s -> all.add(ScenarioCatalog.summary(s.info())));
        return JsonObject.builder().put("scenarios", new dev.ophamin.canonical.JsonArray(all)).build();
    }

    /** One scenario described; NOT_FOUND when no scenario has that name. */
    public JsonObject scenario(String name) {
        return ScenarioCatalog.describe(scenarioNamed(name));
    }

    /** The {@code verify --json} object of one record's bytes (named {@code name} in the report). */
    public JsonObject verify(byte[] record, String name) {
        return telemetry.verify(() -> verifier.verify(record), name);
    }

    /** The canonical bytes of a document; BAD_REQUEST (code: the reader's violation) for invalid input. */
    public Canonical canonicalize(String profileId, byte[] document) {
        Profile profile;
        try {
            profile = Profile.byId(profileId == null ? "python-json" : profileId);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(ServiceException.Kind.BAD_REQUEST, "unknown-profile", e.getMessage());
        }
        Profile p = profile;
        return telemetry.encode(p.id(), () -> {
            try {
                byte[] out = p.canonicalize(document);
                return new Canonical(p, out, RecordKind.sha256Hex(out));
            } catch (DecodeException e) {
                throw new ServiceException(ServiceException.Kind.BAD_REQUEST, e.violation().code(), e.getMessage());
            }
        });
    }

    /** The proof index of {@code rel} under {@code root} (see {@link ProofIndex#within}). */
    public JsonObject proofIndex(Path root, String rel) {
        return ProofIndex.of(ProofIndex.within(root, rel), rel == null || rel.isEmpty() ? "." : rel);
    }

    /** A run's request from text parameters; NOT_FOUND or BAD_REQUEST before anything runs. */
    public RunRequest runRequest(String name, long seed, Map<String, String> params, String substrate, String corpus,
                                 boolean reproducible) {
        return ScenarioRuns.request(registry, name, seed, params, substrate, corpus, null, reproducible);
    }

    /** Runs the request, signs the proof with the service's signing key and files it under {@code out}. */
    public ScenarioRuns.Outcome run(RunRequest req, Path out, Progress progress) {
        String tier = registry.get(req.scenario()).info().tier().id();
        return telemetry.run(req.scenario(), tier, () -> {
            ProofRecord proof = ScenarioRuns.run(registry, engine, env, req, signingKey, progress);
            return new ScenarioRuns.Outcome(proof, tier, ScenarioRuns.persist(proof, tier, out, false));
        });
    }

    /** What a finished run reports: the reference's summary fields, the bundle, and the key used. */
    public JsonObject runSummary(ScenarioRuns.Outcome o, Path out) {
        ProofRecord p = o.proof();
        return JsonObject.builder()
                .put("scenario", ScenarioRuns.scenarioOf(p))
                .put("verdict", JsonObject.builder().put("outcome", p.verdict().outcome().name())
                        .put("observed_value", p.verdict().observedValue())
                        .put("threshold", p.verdict().threshold().toJson())
                        .put("reasoning", p.verdict().reasoning()).build())
                .put("proof_id", p.proofId())
                .put("signature_prefix", p.signature().substring(0, Math.min(16, p.signature().length())))
                .put("key", signingKey.label())
                .put("claim_statement", p.claim().statement())
                .put("n_evidence_pillars", (long) p.evidence().size())
                .put("framework_version", engine.version())
                .put("proof_path", out.relativize(o.bundle().resolve("proof.json")).toString().replace('\\', '/'))
                .build();
    }

    private Scenario scenarioNamed(String name) {
        if (!registry.has(name)) {
            throw new ServiceException(ServiceException.Kind.NOT_FOUND, "unknown scenario '" + name + "'");
        }
        return registry.get(name);
    }

    /** Settings of a service. */
    public static final class Builder {
        private ScenarioRegistry registry;
        private EngineInfo engine;
        private Map<String, String> env = Map.of();
        private final java.util.List<HmacKey> keys = new java.util.ArrayList<>();
        private HmacKey signingKey;
        private dev.ophamin.verify.Ed25519Check ed25519;
        private Telemetry telemetry = Telemetry.OFF;

        private Builder() {
        }

        /** Spans and metrics of the service's calls; {@link Telemetry#OFF} when not set. */
        public Builder telemetry(Telemetry t) {
            this.telemetry = Objects.requireNonNull(t);
            return this;
        }

        public Builder registry(ScenarioRegistry r) {
            this.registry = r;
            return this;
        }

        public Builder engine(EngineInfo e) {
            this.engine = e;
            return this;
        }

        /** The environment scenario runs see (substrates read it). */
        public Builder env(Map<String, String> e) {
            this.env = e;
            return this;
        }

        /** A key verify offers besides each kind's default key. */
        public Builder key(HmacKey k) {
            keys.add(Objects.requireNonNull(k));
            return this;
        }

        /** The key runs sign with; the proof's default key when not set. */
        public Builder signingKey(HmacKey k) {
            this.signingKey = k;
            return this;
        }

        /** How attestations are checked; BouncyCastle's ed25519 when not set (four times the JDK 17 provider's speed). */
        public Builder ed25519(dev.ophamin.verify.Ed25519Check check) {
            this.ed25519 = check;
            return this;
        }

        public OphaminService build() {
            return new OphaminService(this);
        }
    }
}
