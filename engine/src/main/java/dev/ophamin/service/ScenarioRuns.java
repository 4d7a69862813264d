package dev.ophamin.service;

import dev.ophamin.emit.Bundles;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.regression.PairingKey;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.scenario.Scenario;
import dev.ophamin.scenario.ScenarioRegistry;
import dev.ophamin.scenario.ScenarioRunner;
import dev.ophamin.verify.HmacKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Runs a scenario and files its signed proof bundle: what {@code scenario run}, the HTTP API and MCP share. */
public final class ScenarioRuns {
    /** A run's proof and where its bundle was written. */
    public record Outcome(ProofRecord proof, String tier, Path bundle) {
    }

    private ScenarioRuns() {
    }

    /** The scenario's request built from text parameters, or BAD_REQUEST/NOT_FOUND. */
    public static RunRequest request(ScenarioRegistry registry, String name, long seed, Map<String, String> params,
                                     String substrate, String corpus, Path corpusDir, boolean reproducible) {
        if (!registry.has(name)) {
            throw new ServiceException(ServiceException.Kind.NOT_FOUND, "unknown scenario '" + name + "'");
        }
        try {
            RunRequest.Builder b = RunRequest.builder(name).seed(seed).substrate(substrate).corpus(corpus)
                    .corpusDir(corpusDir).reproducible(reproducible);
            params.forEach(b::param);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ServiceException(ServiceException.Kind.BAD_REQUEST, e.getMessage());
        }
    }

    /** Runs the request and signs the proof with {@code key}; a failed run is FAILED, bad settings BAD_REQUEST. */
    public static ProofRecord run(ScenarioRegistry registry, EngineInfo engine, Map<String, String> env, RunRequest req,
                                  HmacKey key, Progress progress) {
        Scenario s = registry.get(req.scenario());
        ScenarioRunner runner = new ScenarioRunner(engine, env, Duration.ofSeconds(30));
        try {
            return runner.run(s, req, key, progress);
        } catch (ScenarioRunner.ScenarioFailedException e) {
            throw new ServiceException(ServiceException.Kind.FAILED, e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ServiceException(ServiceException.Kind.BAD_REQUEST, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ServiceException(ServiceException.Kind.FAILED, e.getCause().getMessage());
        }
    }

    /** Writes the bundle under {@code root} (tier/scenario/...); an existing bundle is CONFLICT unless overwrite. */
    public static Path persist(ProofRecord proof, String tier, Path root, boolean overwrite) {
        try {
            return Bundles.persist(root, tier, scenarioOf(proof), proof, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw new ServiceException(ServiceException.Kind.CONFLICT, e.getMessage() + ": bundle exists");
        } catch (IOException e) {
            throw new ServiceException(ServiceException.Kind.FAILED, root + ": cannot write the bundle: " + e.getMessage());
        }
    }

    /** The scenario a proof came from, as its provenance names it ({@code unknown} when it names none). */
    public static String scenarioOf(ProofRecord proof) {
        String s = PairingKey.activityScenario(proof.provenance());
        return s == null ? "unknown" : s;
    }
}
