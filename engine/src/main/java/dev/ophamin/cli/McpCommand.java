package dev.ophamin.cli;

import dev.ophamin.mcp.McpStdioServer;
import dev.ophamin.record.RecordKind;
import dev.ophamin.service.OphaminService;
import dev.ophamin.service.Telemetry;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ophamin mcp}: the Model Context Protocol server over stdio (docs/mcp.md). */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve the six tools (list_scenarios, get_scenario_claim, verify_proof, canonicalize_value, "
                + "read_proof_index, run_scenario) over MCP on stdin/stdout until the client closes stdin (docs/mcp.md).",
            "Keys are given here, never in a tool call."})
final class McpCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "The directory read_proof_index may index (nothing outside it).")
    Path root;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "proofs", description = "Where run_scenario writes proof bundles (default ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ScenarioCommand.PluginOptions plugins;

    @Mixin
    KeyOptions keys;

    @Override
    public Integer call() throws Exception {
        if (root != null && !Files.isDirectory(root)) {
            throw CliException.usage("--root " + root + ": not a directory");
        }
        OphaminService.Builder b = OphaminService.builder().registry(plugins.registry())
                .engine(ScenarioCommand.engineInfo()).env(System.getenv())
                .telemetry(Telemetry.fromEnvironment(System.getenv(), false));
        keys.keys().forEach(b::key);
        b.signingKey(keys.keys().isEmpty() ? null : keys.signingKey(RecordKind.PROOF));
        CountDownLatch closed = new CountDownLatch(1);
        InputStream in = new FilterInputStream(new FileInputStream(FileDescriptor.in)) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n < 0) {
                    closed.countDown();
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c < 0) {
                    closed.countDown();
                }
                return c;
            }
        };
        OphaminService service = b.build();
        McpSyncServer server = McpStdioServer.start(service, ScenarioCommand.engineInfo().version(),
                root == null ? null : root.toAbsolutePath().normalize(), out.toAbsolutePath().normalize(), in,
                new FileOutputStream(FileDescriptor.out));
        closed.await();
        server.closeGracefully();
        service.telemetry().close();
        return ExitCode.OK;
    }
}
