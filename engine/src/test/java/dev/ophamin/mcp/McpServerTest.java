package dev.ophamin.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.verify.Verifier;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ophamin mcp} in a child JVM, driven by the official MCP clients: the Java SDK's and the
 * TypeScript SDK's (node, with the package engine/src/test/mcp-ts pins, installed by npm ci when absent).
 */
class McpServerTest {
    static final Path ROOT = Path.of(System.getProperty("ophamin.root", ".."));
    static final Path PROOF = ROOT.resolve("fixtures/records/attested-proof.json");
    static final String KEY = "ophamin-text-for-bytes-test-key";
    static final List<String> TOOLS = List.of("canonicalize_value", "get_scenario_claim", "list_scenarios",
            "read_proof_index", "run_scenario", "verify_proof");

    @TempDir
    Path tmp;

    private List<String> serverCommand(Path root, Path out) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.ophamin.cli.Main", "mcp",
                "--root", root.toString(), "--out", out.toString(), "--key", KEY);
    }

    private Path proofRoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root/lab"));
        Files.copy(PROOF, root.resolve("proof.json"));
        return tmp.resolve("root");
    }

    @Test
    void theJavaSdkClientCallsEveryTool() throws Exception {
        List<String> cmd = serverCommand(proofRoot(), tmp.resolve("out"));
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(cmd.get(0))
                .args(cmd.subList(1, cmd.size())).build(), json);
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(120)).build()) {
            McpSchema.InitializeResult init = client.initialize();
            assertEquals("ophamin", init.serverInfo().name());
            TreeSet<String> names = new TreeSet<>();
            client.listTools().tools().forEach(t -> {
                names.add(t.name());
                assertTrue(t.inputSchema() != null && t.outputSchema() != null, t.name() + " has both schemas");
            });
            assertEquals(new TreeSet<>(TOOLS), names);

            JsonObject scenarios = structured(client.callTool(call("list_scenarios", Map.of())));
            assertTrue(((JsonArray) scenarios.get("scenarios")).size() > 10);
            JsonObject claim = structured(client.callTool(call("get_scenario_claim", Map.of("name", "sample-ratio"))));
            assertFalse(text(((JsonObject) claim.get("claim")), "statement").isEmpty());
            JsonObject verified = structured(client.callTool(call("verify_proof",
                    Map.of("record", Files.readString(PROOF, StandardCharsets.UTF_8)))));
            assertEquals("OK", text(verified, "status"));
            assertEquals("--key#1", text(verified, "key"));
            JsonObject canonical = structured(client.callTool(call("canonicalize_value", Map.of("value_json", "{\"b\":1,\"a\":2.50}"))));
            assertEquals("{\"a\":2.5,\"b\":1}", text(canonical, "canonical"));
            JsonObject index = structured(client.callTool(call("read_proof_index", Map.of("directory", "lab"))));
            assertEquals(1L, ((dev.ophamin.canonical.JsonInt) index.get("total_proofs")).longValue());
            JsonObject run = structured(client.callTool(call("run_scenario", Map.of("name", "sample-ratio", "seed", 4))));
            Path proof = tmp.resolve("out").resolve(text(run, "proof_path"));
            assertTrue(Verifier.builder().key(dev.ophamin.verify.HmacKey.ofText("k", KEY)).build()
                    .verify(Files.readAllBytes(proof)).ok(), "signed with the server's key");

            // malformed calls come back as tool errors, and the server goes on serving
            McpSchema.CallToolResult missing = client.callTool(call("get_scenario_claim", Map.of()));
            assertTrue(missing.isError());
            String why = ((McpSchema.TextContent) missing.content().get(0)).text();
            assertTrue(why.contains("name"), why);
            McpSchema.CallToolResult badJson = client.callTool(call("canonicalize_value", Map.of("value_json", "{\"a\":1,\"a\":2}")));
            assertTrue(badJson.isError());
            assertTrue(((McpSchema.TextContent) badJson.content().get(0)).text().contains("duplicate-key"));
            McpSchema.CallToolResult escape = client.callTool(call("read_proof_index", Map.of("directory", "../..")));
            assertTrue(escape.isError());
            assertEquals("OK", text(structured(client.callTool(call("verify_proof",
                    Map.of("record", Files.readString(PROOF, StandardCharsets.UTF_8))))), "status"));
        }
    }

    @Test
    void theTypeScriptSdkClientCallsEveryTool() throws Exception {
        Path clientDir = ROOT.resolve("engine/src/test/mcp-ts");
        if (!Files.isDirectory(clientDir.resolve("node_modules/@modelcontextprotocol/sdk"))) {
            // the version package-lock.json pins; .ci/run installs it up front too
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(clientDir.toFile()).redirectErrorStream(true).start();
            String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(npm.waitFor(300, TimeUnit.SECONDS) && npm.exitValue() == 0, "npm ci in " + clientDir + ": " + log);
        }
        List<String> cmd = serverCommand(proofRoot(), tmp.resolve("out"));
        String calls = "[{\"name\":\"list_scenarios\",\"arguments\":{}},"
                + "{\"name\":\"get_scenario_claim\",\"arguments\":{\"name\":\"crdt-laws\"}},"
                + "{\"name\":\"verify_proof\",\"arguments\":{\"record\":" + quote(Files.readString(PROOF, StandardCharsets.UTF_8)) + "}},"
                + "{\"name\":\"canonicalize_value\",\"arguments\":{\"value_json\":\"[1.0, 1E400]\"}},"
                + "{\"name\":\"read_proof_index\",\"arguments\":{}},"
                + "{\"name\":\"run_scenario\",\"arguments\":{\"name\":\"crdt-laws\",\"seed\":9}},"
                + "{\"name\":\"verify_proof\",\"arguments\":{\"record\":\"{\\\"a\\\":\"}},"
                + "{\"name\":\"get_scenario_claim\",\"arguments\":{\"nam\":\"x\"}}]";
        List<String> node = new ArrayList<>(List.of("node", clientDir.resolve("client.mjs").toString(), toJsonArray(cmd), calls));
        Process p = new ProcessBuilder(node).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "node client finished");
        assertEquals(0, p.exitValue(), out.toString(StandardCharsets.UTF_8));
        JsonObject report = (JsonObject) JsonReader.standard().read(out.toByteArray());
        assertEquals("ophamin", text((JsonObject) report.get("server"), "name"));
        TreeSet<String> tools = new TreeSet<>();
        ((JsonArray) report.get("tools")).items().forEach(v -> tools.add(((JsonString) v).value()));
        assertEquals(new TreeSet<>(TOOLS), tools);
        List<JsonValue> results = ((JsonArray) report.get("results")).items();
        for (int i = 0; i < 6; i++) {
            assertEquals(dev.ophamin.canonical.JsonBool.FALSE, ((JsonObject) results.get(i)).get("isError"), results.get(i).toString());
        }
        assertEquals("OK", text((JsonObject) ((JsonObject) results.get(2)).get("structured"), "status"));
        assertEquals("[1.0,Infinity]", text((JsonObject) ((JsonObject) results.get(3)).get("structured"), "canonical"));
        assertEquals("VALIDATED", text((JsonObject) ((JsonObject) ((JsonObject) results.get(5)).get("structured")).get("verdict"), "outcome"));
        // a record that is no JSON is a verdict (ERROR), not a tool error; a wrong argument name is a tool error
        assertEquals("ERROR", text((JsonObject) ((JsonObject) results.get(6)).get("structured"), "status"));
        assertEquals(dev.ophamin.canonical.JsonBool.TRUE, ((JsonObject) results.get(7)).get("isError"));
    }

    private static McpSchema.CallToolRequest call(String name, Map<String, Object> args) {
        return new McpSchema.CallToolRequest(name, args);
    }

    private static JsonObject structured(McpSchema.CallToolResult r) throws Exception {
        assertFalse(Boolean.TRUE.equals(r.isError()), () -> String.valueOf(r.content()));
        String text = ((McpSchema.TextContent) r.content().get(0)).text();
        return (JsonObject) JsonReader.standard().read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonObject o, String key) {
        return ((JsonString) o.get(key)).value();
    }

    private static String quote(String s) {
        return new String(dev.ophamin.canonical.PythonJsonWriter.toBytes(new JsonString(s),
                dev.ophamin.canonical.PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8);
    }

    private static String toJsonArray(List<String> items) {
        List<JsonValue> v = new ArrayList<>();
        items.forEach(s -> v.add(new JsonString(s)));
        return new String(dev.ophamin.canonical.PythonJsonWriter.toBytes(new JsonArray(v),
                dev.ophamin.canonical.PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8);
    }
}
