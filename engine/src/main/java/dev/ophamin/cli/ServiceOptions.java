package dev.ophamin.cli;

import dev.ophamin.record.RecordKind;
import dev.ophamin.service.OphaminService;
import dev.ophamin.service.Telemetry;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the servers (serve, mcp) share: the proof root, the bundle directory, plug-ins and keys. */
final class ServiceOptions {
    @Option(names = "--root", paramLabel = "DIR",
            description = "The only directory the proof index may read (nothing outside it). Without it, none is served.")
    Path root;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "proofs",
            description = "Where scenario runs write their proof bundles (default ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ScenarioCommand.PluginOptions plugins;

    @Mixin
    KeyOptions keys;

    /** The proof root, absolute, or null; a root that is not a directory is a usage error. */
    Path root() {
        if (root != null && !Files.isDirectory(root)) {
            throw CliException.usage("--root " + root + ": not a directory");
        }
        return root == null ? null : root.toAbsolutePath().normalize();
    }

    Path out() {
        return out.toAbsolutePath().normalize();
    }

    /** The service: the given keys for verify, the one key (or the default) for signing runs, telemetry from OTEL_*. */
    OphaminService service(boolean metricsEndpoint) {
        OphaminService.Builder b = OphaminService.builder().registry(plugins.registry())
                .engine(ScenarioCommand.engineInfo()).env(System.getenv())
                .telemetry(Telemetry.fromEnvironment(System.getenv(), metricsEndpoint));
        keys.keys().forEach(b::key);
        b.signingKey(keys.keys().isEmpty() ? null : keys.signingKey(RecordKind.PROOF));
        return b.build();
    }
}
