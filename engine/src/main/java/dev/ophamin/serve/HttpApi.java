package dev.ophamin.serve;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonBool;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.scenario.RunRequest;
import dev.ophamin.service.OphaminService;
import dev.ophamin.service.ServiceException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The HTTP API of docs/serve.md over {@link OphaminService}: each route reads its request, calls
 * one service function and writes its answer; errors are RFC 9457 problem documents. Holds no
 * logic of its own beyond that mapping.
 */
final class HttpApi extends Handler.Abstract {
    /** Every route as {@code METHOD path-template}, as spec/openapi.json lists them. */
    static final List<String> ROUTES = List.of(
            "GET /v1/health", "GET /v1/scenarios", "GET /v1/scenarios/{name}", "POST /v1/verify",
            "POST /v1/canonicalize", "GET /v1/proofs", "POST /v1/scenarios/{name}/runs", "GET /v1/jobs/{id}",
            "GET /metrics", "GET /openapi.json");
    static final String SHA256_HEADER = "Ophamin-Canonical-SHA256";

    private static final Pattern SCENARIO = Pattern.compile("/v1/scenarios/([a-z0-9-]+)");
    private static final Pattern RUNS = Pattern.compile("/v1/scenarios/([a-z0-9-]+)/runs");
    private static final Pattern JOB = Pattern.compile("/v1/jobs/([0-9a-f]+)");

    private final OphaminService service;
    private final Jobs jobs;
    private final Path root;
    private final long maxBody;
    private final byte[] token;      // null: no token asked for
    private final byte[] openApi;

    HttpApi(OphaminService service, Jobs jobs, Path root, long maxBody, String token, byte[] openApi) {
        this.service = service;
        this.jobs = jobs;
        this.root = root;
        this.maxBody = maxBody;
        this.token = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.openApi = openApi;
    }

    record Answer(int status, String type, byte[] body, Map<String, String> headers) {
        static Answer json(int status, JsonValue v) {
            return new Answer(status, "application/json", PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.CANONICAL),
                    Map.of());
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        Answer a;
        try {
            authorize(request, path);
            a = route(request.getMethod(), path, request);
        } catch (Problem p) {
            a = problem(p, path);
        } catch (ServiceException e) {
            a = problem(fromService(e), path);
        } catch (Jobs.Full e) {
            a = problem(new Problem(429, "too-many-runs", "Too Many Requests", e.getMessage()).header("Retry-After", "5"), path);
        } catch (RuntimeException e) {
            a = problem(new Problem(500, "internal", "Internal Server Error", e.toString()), path);
        }
        response.setStatus(a.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, a.type());
        a.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        response.write(true, ByteBuffer.wrap(a.body()), callback);
        return true;
    }

    private void authorize(Request request, String path) {
        if (token == null || path.equals("/v1/health")) {
            return;
        }
        String given = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        byte[] g = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(g, token)) {
            throw new Problem(401, "unauthorized", "Unauthorized", "a bearer token is required (Authorization: Bearer ...)")
                    .header("WWW-Authenticate", "Bearer");
        }
    }

    private Answer route(String method, String path, Request request) {
        Matcher m;
        switch (path) {
            case "/v1/health":
                allow(method, "GET");
                return Answer.json(200, JsonObject.builder().put("status", "ok").build());
            case "/v1/scenarios":
                allow(method, "GET");
                return Answer.json(200, service.scenarios());
            case "/v1/verify":
                allow(method, "POST");
                return Answer.json(200, service.verify(body(request), "request"));
            case "/v1/canonicalize": {
                allow(method, "POST");
                OphaminService.Canonical c = service.canonicalize(query(request, "profile"), body(request));
                Map<String, String> h = new LinkedHashMap<>();
                h.put(SHA256_HEADER, c.sha256());
                return new Answer(200, "application/json", c.bytes(), h);
            }
            case "/v1/proofs": {
                allow(method, "GET");
                if (root == null) {
                    throw Problem.notFound("this server was started without --root: no proof directory is served");
                }
                return Answer.json(200, service.proofIndex(root, query(request, "dir")));
            }
            case "/metrics": {
                allow(method, "GET");
                String text = service.telemetry().prometheusText();
                if (text == null) {
                    throw Problem.notFound("this server keeps no metrics");
                }
                return new Answer(200, "text/plain; version=0.0.4; charset=utf-8", text.getBytes(StandardCharsets.UTF_8),
                        Map.of());
            }
            case "/openapi.json":
                allow(method, "GET");
                return new Answer(200, "application/json", openApi, Map.of());
            default:
                break;
        }
        if ((m = RUNS.matcher(path)).matches()) {
            allow(method, "POST");
            RunRequest req = runRequest(m.group(1), body(request));
            String id = jobs.submit(req);
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Location", "/v1/jobs/" + id);
            return new Answer(202, "application/json", PythonJsonWriter.toBytes(JsonObject.builder().put("id", id)
                    .put("status", "queued").put("location", "/v1/jobs/" + id).build(), PythonJsonWriter.Layout.CANONICAL), h);
        }
        if ((m = SCENARIO.matcher(path)).matches()) {
            allow(method, "GET");
            return Answer.json(200, service.scenario(m.group(1)));
        }
        if ((m = JOB.matcher(path)).matches()) {
            allow(method, "GET");
            JsonObject job = jobs.get(m.group(1));
            if (job == null) {
                throw Problem.notFound("no job " + m.group(1));
            }
            return Answer.json(200, job);
        }
        throw Problem.notFound("no route " + path);
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new Problem(405, "method-not-allowed", "Method Not Allowed", method + " is not allowed here; use " + allowed)
                    .header("Allow", allowed);
        }
    }

    private static String query(Request request, String name) {
        Fields f = Request.extractQueryParameters(request);
        return f.getValue(name);
    }

    private byte[] body(Request request) {
        long declared = request.getLength();
        if (declared > maxBody) {
            throw tooLarge();
        }
        try {
            return Content.Source.asByteArrayAsync(request, (int) Math.min(Integer.MAX_VALUE - 8, maxBody)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem(503, "interrupted", "Service Unavailable", "the server is stopping");
        } catch (ExecutionException e) {
            // a body sent without a length (chunked) is cut off by the size-limited read
            Throwable c = e.getCause();
            boolean overLimit = c instanceof IllegalArgumentException
                    || (c instanceof IllegalStateException && String.valueOf(c.getMessage()).startsWith("Max size"));
            throw overLimit ? tooLarge() : Problem.badRequest("unreadable-body", "the request body could not be read: " + c);
        }
    }

    private Problem tooLarge() {
        // the rest of the body is left unread, so the connection cannot carry another request:
        // say so, or a keep-alive client would send its next request into a closing connection
        return new Problem(413, "body-too-large", "Content Too Large", "the body is larger than " + maxBody + " bytes")
                .header("Connection", "close");
    }

    /** {"seed": int, "params": {name: text|number|bool}, "substrate": "mock...", "corpus": name, "reproducible": bool}. */
    private RunRequest runRequest(String name, byte[] body) {
        JsonValue v;
        try {
            v = body.length == 0 ? JsonObject.EMPTY : JsonReader.standard().read(body);
        } catch (DecodeException e) {
            throw Problem.badRequest(e.violation().code(), "the body is not a JSON document: " + e.getMessage());
        }
        if (!(v instanceof JsonObject)) {
            throw Problem.badRequest("bad-run", "the body must be a JSON object");
        }
        JsonObject o = (JsonObject) v;
        for (String k : o.keys()) {
            if (!List.of("seed", "params", "substrate", "corpus", "reproducible").contains(k)) {
                throw Problem.badRequest("bad-run", "unknown member '" + k + "' (seed, params, substrate, corpus, reproducible)");
            }
        }
        long seed = o.get("seed") == null ? 0 : integer(o.get("seed"), "seed");
        Map<String, String> params = new LinkedHashMap<>();
        if (o.get("params") != null) {
            if (!(o.get("params") instanceof JsonObject)) {
                throw Problem.badRequest("bad-run", "params must be an object of name: value");
            }
            ((JsonObject) o.get("params")).members().forEach((k, val) -> params.put(k, scalar(val, "params." + k)));
        }
        String substrate = o.get("substrate") == null ? null : text(o.get("substrate"), "substrate");
        if (substrate != null && !substrate.equals("mock") && !substrate.startsWith("mock:")) {
            // process substrates start commands: never on a request's say-so
            throw Problem.badRequest("bad-run", "only mock substrates can be asked for over HTTP");
        }
        String corpus = o.get("corpus") == null ? null : text(o.get("corpus"), "corpus");
        boolean reproducible = o.get("reproducible") != null && o.get("reproducible") == JsonBool.TRUE;
        return service.runRequest(name, seed, params, substrate, corpus, reproducible);
    }

    private static long integer(JsonValue v, String what) {
        if (!(v instanceof JsonInt) || !((JsonInt) v).fitsLong()) {
            throw Problem.badRequest("bad-run", what + " must be an integer");
        }
        return ((JsonInt) v).longValue();
    }

    private static String text(JsonValue v, String what) {
        if (!(v instanceof JsonString)) {
            throw Problem.badRequest("bad-run", what + " must be a string");
        }
        return ((JsonString) v).value();
    }

    private static String scalar(JsonValue v, String what) {
        if (v instanceof JsonString) {
            return ((JsonString) v).value();
        }
        if (v instanceof JsonObject || v instanceof JsonArray) {
            throw Problem.badRequest("bad-run", what + " must be a string, number or boolean");
        }
        return new String(PythonJsonWriter.toBytes(v, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8);
    }

    private static Problem fromService(ServiceException e) {
        switch (e.kind()) {
            case NOT_FOUND:
                return new Problem(404, e.code(), "Not Found", e.getMessage());
            case CONFLICT:
                return new Problem(409, e.code(), "Conflict", e.getMessage());
            case FAILED:
                return new Problem(500, e.code(), "Internal Server Error", e.getMessage());
            default:
                return Problem.badRequest(e.code(), e.getMessage());
        }
    }

    static Answer problem(Problem p, String path) {
        return new Answer(p.status, "application/problem+json",
                PythonJsonWriter.toBytes(p.json(path), PythonJsonWriter.Layout.CANONICAL), p.headers);
    }
}
