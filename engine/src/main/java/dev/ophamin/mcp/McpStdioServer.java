package dev.ophamin.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ophamin.service.OphaminService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/** {@code ophamin mcp}: the six tools over stdio, with the official MCP Java SDK. */
public final class McpStdioServer {
    private McpStdioServer() {
    }

    /**
     * Serves on {@code in}/{@code out} until the client closes the stream. Nothing else may write to
     * {@code out}: it carries the protocol.
     */
    public static McpSyncServer start(OphaminService service, String version, Path root, Path proofsOut, InputStream in,
                                      OutputStream out) {
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        StdioServerTransportProvider transport = new StdioServerTransportProvider(json, in, out);
        return McpServer.sync(transport).jsonMapper(json).serverInfo("ophamin", version)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(new McpTools(service, json, root, proofsOut).all())
                .build();
    }
}
