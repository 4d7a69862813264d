package dev.ophamin.mcp;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.service.OphaminService;
import dev.ophamin.service.ScenarioRuns;
import dev.ophamin.service.ServiceException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The six tools of {@code ophamin mcp}, under the reference's names, each one call into
 * {@link OphaminService}: the answer goes back as structured content (and as its JSON text); a
 * refused or failed call comes back as a tool error with the reason, never as a protocol error.
 */
final class McpTools {
    private final OphaminService service;
    private final McpJsonMapper json;
    private final Path root;
    private final Path out;

    McpTools(OphaminService service, McpJsonMapper json, Path root, Path out) {
        this.service = service;
        this.json = json;
        this.root = root;
        this.out = out;
    }

    /** A tool call's arguments could not be used. */
    private static final class BadArguments extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadArguments(String message) {
            super(message, null, false, false);
        }
    }

    List<SyncToolSpecification> all() {
        return List.of(
                tool("list_scenarios", "List every registered scenario: name, tier, family, goal.",
                        "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
                        "{\"type\":\"object\",\"required\":[\"scenarios\"],\"properties\":{\"scenarios\":{\"type\":\"array\"}}}",
                        args -> service.scenarios()),
                tool("get_scenario_claim", "A scenario's metadata, its pre-registered claim (statement, threshold, H0, H1) "
                                + "at the default parameters, its analysis plan and parameters.",
                        "{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"}},"
                                + "\"additionalProperties\":false}",
                        "{\"type\":\"object\",\"required\":[\"name\",\"claim\",\"parameters\"]}",
                        args -> service.scenario(text(args, "name", true))),
                tool("verify_proof", "Verify one Ophamin record of any kind (proof, audit, campaign, alert, drift scan, "
                                + "DSSE envelope) given as the text of its file, with the keys the server was started with. "
                                + "Answers what 'ophamin verify --json' prints.",
                        "{\"type\":\"object\",\"required\":[\"record\"],\"properties\":{\"record\":{\"type\":\"string\","
                                + "\"description\":\"the record file's text\"}},\"additionalProperties\":false}",
                        "{\"type\":\"object\",\"required\":[\"status\",\"ok\",\"kind\",\"reasons\"]}",
                        args -> service.verify(text(args, "record", true).getBytes(StandardCharsets.UTF_8), "record")),
                tool("canonicalize_value", "The canonical text of a JSON document (python-json/1 by default, or jcs) "
                                + "and the SHA-256 of its bytes.",
                        "{\"type\":\"object\",\"required\":[\"value_json\"],\"properties\":{\"value_json\":{\"type\":\"string\"},"
                                + "\"profile\":{\"enum\":[\"python-json\",\"jcs\"]}},\"additionalProperties\":false}",
                        "{\"type\":\"object\",\"required\":[\"canonical\",\"canonical_bytes_len\",\"sha256_hex\",\"profile\"]}",
                        args -> {
                            OphaminService.Canonical c = service.canonicalize(text(args, "profile", false),
                                    text(args, "value_json", true).getBytes(StandardCharsets.UTF_8));
                            return JsonObject.builder().put("canonical", new String(c.bytes(), StandardCharsets.UTF_8))
                                    .put("canonical_bytes_len", (long) c.bytes().length).put("sha256_hex", c.sha256())
                                    .put("profile", c.profile().id()).build();
                        }),
                tool("read_proof_index", "Index the proofs under a directory of the server's proof root: counts by "
                                + "scenario and verdict, and one entry per proof. Signatures are not checked (use verify_proof).",
                        "{\"type\":\"object\",\"properties\":{\"directory\":{\"type\":\"string\",\"description\":"
                                + "\"relative to the server's --root; '.' by default\"}},\"additionalProperties\":false}",
                        "{\"type\":\"object\",\"required\":[\"directory\",\"total_proofs\",\"load_errors\",\"by_scenario\",\"proofs\"]}",
                        args -> {
                            if (root == null) {
                                throw new BadArguments("this server was started without --root: no proof directory is served");
                            }
                            return service.proofIndex(root, text(args, "directory", false));
                        }),
                tool("run_scenario", "Run a scenario on the mock substrate and sign its proof with the server's key; "
                                + "answers a summary (verdict, proof id, where the bundle was written). May take seconds to minutes.",
                        "{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"},"
                                + "\"seed\":{\"type\":\"integer\"},\"params\":{\"type\":\"object\"}},\"additionalProperties\":false}",
                        "{\"type\":\"object\",\"required\":[\"scenario\",\"verdict\",\"proof_id\",\"proof_path\"]}",
                        args -> {
                            RunRequest req = service.runRequest(text(args, "name", true), seed(args), params(args), null, null,
                                    false);
                            ScenarioRuns.Outcome o = service.run(req, out, Progress.silent());
                            return service.runSummary(o, out);
                        }));
    }

    private SyncToolSpecification tool(String name, String description, String input, String output,
                                       Function<Map<String, Object>, JsonValue> call) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description)
                .inputSchema(json, input).outputSchema(json, output).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            try {
                Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
                String text = new String(PythonJsonWriter.toBytes(call.apply(args), PythonJsonWriter.Layout.CANONICAL),
                        StandardCharsets.UTF_8);
                return McpSchema.CallToolResult.builder().structuredContent(json, text).addTextContent(text).build();
            } catch (ServiceException | BadArguments e) {
                return McpSchema.CallToolResult.builder().isError(true).addTextContent(e.getMessage()).build();
            } catch (RuntimeException e) {
                return McpSchema.CallToolResult.builder().isError(true).addTextContent("internal error: " + e).build();
            }
        }).build();
    }

    private static String text(Map<String, Object> args, String name, boolean required) {
        Object v = args.get(name);
        if (v == null) {
            if (required) {
                throw new BadArguments("missing argument '" + name + "'");
            }
            return null;
        }
        if (!(v instanceof String)) {
            throw new BadArguments("argument '" + name + "' must be a string");
        }
        return (String) v;
    }

    private static long seed(Map<String, Object> args) {
        Object v = args.get("seed");
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Integer || v instanceof Long)) {
            throw new BadArguments("argument 'seed' must be an integer");
        }
        return ((Number) v).longValue();
    }

    private static Map<String, String> params(Map<String, Object> args) {
        Object v = args.get("params");
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof Map)) {
            throw new BadArguments("argument 'params' must be an object of name: value");
        }
        ((Map<?, ?>) v).forEach((k, val) -> {
            if (val instanceof Map || val instanceof List || val == null) {
                throw new BadArguments("params." + k + " must be a string, number or boolean");
            }
            out.put(String.valueOf(k), String.valueOf(val));
        });
        return out;
    }
}
