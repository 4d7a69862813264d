package dev.ophamin.cli;

import dev.ophamin.mcp.McpStdioServer;
import dev.ophamin.service.OphaminService;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ophamin mcp}: the Model Context Protocol server over stdio (docs/mcp.md). */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve the six tools (list_scenarios, get_scenario_claim, verify_proof, canonicalize_value, "
                + "read_proof_index, run_scenario) over MCP on stdin/stdout until the client closes stdin (docs/mcp.md).",
            "Keys are given here, never in a tool call."})
final class McpCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Override
    public Integer call() throws Exception {
        Path root = options.root();
        OphaminService service = options.service(false);
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
        McpSyncServer server = McpStdioServer.start(service, ScenarioCommand.engineInfo().version(), root, options.out(), in,
                new FileOutputStream(FileDescriptor.out));
        closed.await();
        server.closeGracefully();
        service.telemetry().close();
        return ExitCode.OK;
    }
}
