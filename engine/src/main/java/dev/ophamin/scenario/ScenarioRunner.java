package dev.ophamin.scenario;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.corpus.Corpus;
import dev.ophamin.corpus.CorpusCatalog;
import dev.ophamin.emit.ProofSigner;
import dev.ophamin.model.Claim;
import dev.ophamin.model.DataSection;
import dev.ophamin.model.Dataset;
import dev.ophamin.model.Identity;
import dev.ophamin.model.PreRegistration;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.Reproduction;
import dev.ophamin.model.Verdict;
import dev.ophamin.record.RecordKind;
import dev.ophamin.substrate.Substrate;
import dev.ophamin.substrate.Substrates;
import dev.ophamin.verify.HmacKey;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Runs one scenario end to end: resolves its data and substrate, seals the pre-registration
 * (config hash over every input that shapes the run, data hash = the data's content hash,
 * timestamp before the first cycle), executes, decides the verdict and returns the signed proof.
 */
public final class ScenarioRunner {
    private final EngineInfo engine;
    private final Map<String, String> env;
    private final Duration substrateTimeout;

    public ScenarioRunner(EngineInfo engine, Map<String, String> env, Duration substrateTimeout) {
        this.engine = engine;
        this.env = env;
        this.substrateTimeout = substrateTimeout;
    }

    /**
     * Runs {@code request} with {@code scenario} and signs the proof with {@code key}.
     *
     * @throws IllegalArgumentException for bad parameters, corpus or substrate (nothing ran)
     * @throws ScenarioFailedException when the scenario itself failed while running
     */
    public ProofRecord run(Scenario scenario, RunRequest request, HmacKey key, Progress progress) {
        ScenarioInfo info = scenario.info();
        Params params = Params.resolve(info.name(), scenario.params(), request.params());
        Claim claim = scenario.claim(params);
        String plan = scenario.analysisPlan(params);
        RunClock clock = request.reproducible() || env.containsKey("SOURCE_DATE_EPOCH")
                ? RunClock.reproducible(env.get("SOURCE_DATE_EPOCH")) : RunClock.wall();

        Corpus corpus = openCorpus(scenario, request);
        Dataset dataset = corpus != null
                ? Dataset.corpus(corpus.name(), corpus.contentHash(), corpus.size(), corpus.source())
                : scenario.syntheticDataset(params, request.seed());
        String substrateSpec = scenario.usesSubstrate() ? (request.substrate() != null ? request.substrate() : "mock") : null;
        if (!scenario.usesSubstrate() && request.substrate() != null) {
            throw new IllegalArgumentException("scenario " + info.name() + " drives no substrate; drop --substrate");
        }
        try (Substrate substrate = substrateSpec == null ? null : Substrates.open(substrateSpec, request.seed(), substrateTimeout)) {
            String anchor = substrate == null ? "" : substrate.versionAnchor();
            JsonObject config = JsonObject.builder()
                    .put("scenario", info.name()).put("tier", info.tier().id())
                    .put("params", toJson(params.asMap())).put("seed", request.seed())
                    .put("data", dataset.toJson())
                    .put("substrate", substrateSpec == null ? JsonObject.EMPTY
                            : JsonObject.builder().put("spec", substrateSpec).put("version_anchor", anchor).build())
                    .put("engine_version", engine.version())
                    .put("claim", claim.toJson()).put("analysis_plan", plan)
                    .build();
            String configHash = sha256(config);
            OffsetDateTime sealed = clock.sealedAt();
            PreRegistration prereg = new PreRegistration(configHash, dataset.contentHash(), plan,
                    toJson(params.asMap()), Identity.timestamp(sealed));
            if (substrate != null) {
                substrate.reset();
            }

            ScenarioResult result;
            try {
                result = scenario.execute(new RunContext(request.seed(), params, corpus, substrate, progress, clock.isFixed(), engine));
            } catch (RuntimeException e) {
                throw new ScenarioFailedException(info.name() + " failed: " + e.getMessage(), e);
            } catch (Exception e) {
                throw new ScenarioFailedException(info.name() + " failed: " + e.getMessage(), e);
            }
            OffsetDateTime created = clock.createdAt(sealed);
            Verdict verdict = Verdict.decide(result.observedValue(), claim.threshold(), result.isInconclusive(),
                    result.isInconclusive() ? "INCONCLUSIVE: " + result.inconclusiveReason() : "");
            String runId = RunIds.of(configHash, sealed, clock.isFixed());
            List<String> lineage = new java.util.ArrayList<>(List.of(runId));
            lineage.addAll(request.parentRuns());
            String command = ReproductionCommand.of(info.name(), request.seed(), params.asMap(), substrateSpec,
                    request.corpus(),
                    request.corpusDir() != null ? request.corpusDir().toString() : null, request.reproducible());
            ProofRecord proof = ProofRecord.builder()
                    .identity(new Identity(engine.version(), engine.gitCommit(), Identity.timestamp(created)))
                    .claim(claim)
                    .preregistration(prereg)
                    // without a substrate, the code under test is the engine itself
                    .data(new DataSection(substrate == null ? "ophamin-engine" : substrate.name(),
                            substrate == null ? engine.gitCommit() : anchor.isEmpty() ? "unversioned" : anchor,
                            List.of(dataset)))
                    .evidence(result.evidence())
                    .verdict(verdict)
                    .reproduction(new Reproduction(command, engine.environment(), lineage))
                    .provenance(Provenance.of(info, engine.version(), dataset, substrate == null ? null : substrate.name(),
                            result.cycles(), lineage))
                    .build();
            return ProofSigner.sign(proof, key);
        }
    }

    private Corpus openCorpus(Scenario scenario, RunRequest request) {
        String name = scenario.info().name();
        if (scenario.defaultCorpus() == null) {
            if (request.corpus() != null || request.corpusDir() != null) {
                throw new IllegalArgumentException("scenario " + name + " generates its data from the seed; drop --corpus/--corpus-dir");
            }
            return null;
        }
        if (request.corpusDir() != null) {
            return CorpusCatalog.openDirectory(request.corpusDir().toAbsolutePath().normalize().getFileName().toString(), request.corpusDir());
        }
        return CorpusCatalog.open(request.corpus() != null ? request.corpus() : scenario.defaultCorpus(), env);
    }

    static JsonObject toJson(Map<String, String> m) {
        JsonObject.Builder b = JsonObject.builder();
        m.forEach(b::put);
        return b.build();
    }

    static String sha256(JsonValue v) {
        return RecordKind.sha256Hex(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.CANONICAL));
    }

    /** The scenario threw while running; no proof exists. */
    public static final class ScenarioFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScenarioFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
