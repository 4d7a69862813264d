package dev.ophamin.cli;

import dev.ophamin.serve.ApiServer;
import dev.ophamin.service.OphaminService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ophamin serve}: the HTTP API of docs/serve.md until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the verifier and the scenario engine over HTTP (docs/serve.md).",
            "Keys are given here, never in a request. Beyond loopback a bearer token is required (--token-file).",
            "SIGTERM: no new connections; running scenario runs get --shutdown-grace to finish, then are marked interrupted."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the bearer token every request but /v1/health must carry.")
    Path tokenFile;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "16777216", description = "Largest request body (default ${DEFAULT-VALUE}); larger ones get 413.")
    long maxBody;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "2", description = "Scenario runs queued or running at once (default ${DEFAULT-VALUE}); more get 429.")
    int maxRuns;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Close a connection idle this long, mid-request included (default ${DEFAULT-VALUE}).")
    int idleTimeout;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "30", description = "How long running runs get to finish on shutdown (default ${DEFAULT-VALUE}).")
    int shutdownGrace;

    @Mixin
    ServiceOptions options;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535 || maxBody < 1 || maxRuns < 1 || idleTimeout < 1 || shutdownGrace < 0) {
            throw CliException.usage("--port must be 0..65535; --max-body, --max-runs and --idle-timeout at least 1");
        }
        Path root = options.root();
        OphaminService service = options.service(true);
        ApiServer server;
        try {
            server = ApiServer.start(service, new ApiServer.Settings(host, port, root, options.out(),
                    token(), maxBody, maxRuns, Duration.ofSeconds(idleTimeout), Duration.ofSeconds(shutdownGrace)));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        } catch (IOException e) {
            throw CliException.usage("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("ophamin: serving on http://" + host + ":" + server.port() + " (API: /openapi.json)");
        err.flush();
        Thread stopper = new Thread(() -> {
            try {
                int n = server.stop();
                service.telemetry().close();
                System.err.println("ophamin: stopped" + (n > 0 ? "; " + n + " run(s) interrupted" : ""));
            } catch (Exception e) {
                System.err.println("ophamin: error while stopping: " + e);
            }
        }, "ophamin-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.join();
        return ExitCode.OK;
    }

    private String token() {
        if (tokenFile == null) {
            return null;
        }
        String t;
        try {
            t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw CliException.usage(tokenFile + ": " + InputFiles.reason(e));
        }
        if (t.isEmpty() || t.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw CliException.usage(tokenFile + ": the token must be one line of printable ASCII without spaces");
        }
        return t;
    }
}
