package dev.ophamin.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.ScenarioRegistry;
import dev.ophamin.service.OphaminService;
import dev.ophamin.testing.Cli;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.Verifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on a real Jetty on loopback, driven by the JDK's HTTP client. */
class ApiServerTest {
    static final Path FIXTURES = Path.of(System.getProperty("ophamin.root", ".."), "fixtures");
    static final String FIXTURE_KEY = "ophamin-text-for-bytes-test-key";

    @TempDir
    static Path tmp;
    static ApiServer server;
    static HttpClient http;
    static String base;
    static Path root;
    static Path out;

    static OphaminService service() {
        return OphaminService.builder().registry(ScenarioRegistry.load(List.of()))
                .engine(EngineInfo.of("0.1.0-test", "unknown", java.util.Map.of()))
                .key(HmacKey.ofText("lab", FIXTURE_KEY)).build();
    }

    @BeforeAll
    static void start() throws Exception {
        root = Files.createDirectories(tmp.resolve("root"));
        out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(root.resolve("lab/a"));
        Files.copy(FIXTURES.resolve("records/attested-proof.json"), root.resolve("lab/a/proof.json"));
        Files.writeString(root.resolve("lab/broken.json"), "{\"a\":1,\"a\":2}");
        Files.createDirectories(tmp.resolve("outside"));
        Files.copy(FIXTURES.resolve("records/attested-proof.json"), tmp.resolve("outside/proof.json"));
        Files.createSymbolicLink(root.resolve("escape"), tmp.resolve("outside"));
        server = ApiServer.start(service(), new ApiServer.Settings("127.0.0.1", 0, root, out, null, 64 * 1024, 2,
                Duration.ofSeconds(30), Duration.ofSeconds(30)));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonObject json(HttpResponse<byte[]> r) throws Exception {
        return (JsonObject) JsonReader.standard().read(r.body());
    }

    static String text(JsonObject o, String key) {
        return ((JsonString) o.get(key)).value();
    }

    static void assertProblem(HttpResponse<byte[]> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/problem+json", r.headers().firstValue("content-type").orElse(""));
        JsonObject p = json(r);
        assertEquals(code, text(p, "code"));
        assertEquals(status, ((dev.ophamin.canonical.JsonInt) p.get("status")).longValue());
        assertTrue(text(p, "type").endsWith(code));
        assertFalse(text(p, "detail").isEmpty());
    }

    @Test
    void healthScenariosAndOneScenario() throws Exception {
        assertEquals("ok", text(json(get("/v1/health")), "status"));
        JsonArray list = (JsonArray) json(get("/v1/scenarios")).get("scenarios");
        Set<String> names = new TreeSet<>();
        list.items().forEach(v -> names.add(text((JsonObject) v, "name")));
        Set<String> registered = new TreeSet<>();
        ScenarioRegistry.load(List.of()).all().forEach(s -> registered.add(s.info().name()));
        assertEquals(registered, names);
        JsonObject one = json(get("/v1/scenarios/sample-ratio"));
        assertEquals("sample-ratio", text(one, "name"));
        assertFalse(text((JsonObject) one.get("claim"), "statement").isEmpty());
        assertTrue(one.get("parameters") instanceof JsonArray);
        assertProblem(get("/v1/scenarios/no-such-thing"), 404, "not-found");
        assertProblem(get("/v1/nothing-here"), 404, "not-found");
        HttpResponse<byte[]> wrong = post("/v1/health", new byte[0]);
        assertProblem(wrong, 405, "method-not-allowed");
        assertEquals("GET", wrong.headers().firstValue("allow").orElse(""));
    }

    @Test
    void verifyAnswersWhatVerifyJsonPrintsForEachRecord() throws Exception {
        Path proof = FIXTURES.resolve("records/attested-proof.json");
        byte[] bytes = Files.readAllBytes(proof);
        JsonObject ok = json(post("/v1/verify", bytes));
        assertEquals("OK", text(ok, "status"));
        assertEquals("lab", text(ok, "key"), "the server's key label, never a key from the request");
        assertEquals("valid", text(ok, "attestation"));
        Cli cli = Cli.run("verify", "--json", "--key", FIXTURE_KEY, proof.toString());
        JsonObject line = (JsonObject) JsonReader.standard().read(cli.out().strip().getBytes(StandardCharsets.UTF_8));
        assertEquals(line.with("path", new JsonString("request")).with("key", new JsonString("lab")), ok);

        byte[] tampered = new String(bytes, StandardCharsets.UTF_8).replace("0.5", "0.25").getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> t = post("/v1/verify", tampered);
        assertEquals(200, t.statusCode(), "a verdict is not an error");
        assertEquals("FAIL", text(json(t), "status"));
        JsonObject bad = json(post("/v1/verify", "{\"a\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ERROR", text(bad, "status"));
        assertEquals(false, ((dev.ophamin.canonical.JsonBool) bad.get("ok")).value());
    }

    @Test
    void canonicalizeAnswersTheBytesAndTheirDigestOrTheViolation() throws Exception {
        byte[] doc = "{\"b\": [1.0, 2.50, \"\u00e9\"], \"a\": null}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = post("/v1/canonicalize", doc);
        assertEquals(200, r.statusCode());
        assertEquals("{\"a\":null,\"b\":[1.0,2.5,\"\\u00e9\"]}", new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(dev.ophamin.record.RecordKind.sha256Hex(r.body()),
                r.headers().firstValue(HttpApi.SHA256_HEADER).orElseThrow());
        HttpResponse<byte[]> jcs = post("/v1/canonicalize?profile=jcs", doc);
        assertEquals("{\"a\":null,\"b\":[1,2.5,\"\u00e9\"]}", new String(jcs.body(), StandardCharsets.UTF_8));
        assertProblem(post("/v1/canonicalize", "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)), 400, "duplicate-key");
        assertProblem(post("/v1/canonicalize?profile=cbor", doc), 400, "unknown-profile");
        assertProblem(post("/v1/canonicalize", new byte[70 * 1024]), 413, "body-too-large");
        // the same without a Content-Length (chunked): cut off while reading
        HttpResponse<byte[]> chunked = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/canonicalize"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[70 * 1024])))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertProblem(chunked, 413, "body-too-large");
        assertEquals("close", chunked.headers().firstValue("connection").orElse(""), "the unread rest ends the connection");
        HttpResponse<byte[]> smallChunked = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/canonicalize"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(doc))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, smallChunked.statusCode());
    }

    @Test
    void proofIndexStaysInsideTheRoot() throws Exception {
        JsonObject all = json(get("/v1/proofs"));
        assertEquals(1L, ((dev.ophamin.canonical.JsonInt) all.get("total_proofs")).longValue(), all.toString());
        assertEquals(1L, ((dev.ophamin.canonical.JsonInt) all.get("load_errors")).longValue());
        JsonObject entry = (JsonObject) ((JsonArray) all.get("proofs")).items().stream()
                .filter(v -> ((JsonObject) v).get("verdict") != null).findFirst().orElseThrow();
        assertEquals("lab/a/proof.json", text(entry, "path"), "paths relative to the root, never the server's own");
        assertEquals("VALIDATED", text(entry, "verdict"));
        assertEquals(1L, ((dev.ophamin.canonical.JsonInt) json(get("/v1/proofs?dir=lab/a")).get("total_proofs")).longValue());
        assertProblem(get("/v1/proofs?dir=../out"), 400, "bad-request");
        assertProblem(get("/v1/proofs?dir=" + tmp.toAbsolutePath()), 400, "bad-request");
        assertProblem(get("/v1/proofs?dir=escape"), 400, "bad-request");
        assertProblem(get("/v1/proofs?dir=nowhere"), 404, "not-found");
    }

    @Test
    void aRunIsAJobWhoseProofVerifies() throws Exception {
        HttpResponse<byte[]> started = post("/v1/scenarios/sample-ratio/runs",
                "{\"seed\": 11, \"params\": {}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(202, started.statusCode(), new String(started.body(), StandardCharsets.UTF_8));
        String location = started.headers().firstValue("location").orElseThrow();
        JsonObject job = poll(location);
        assertEquals("succeeded", text(job, "status"), job.toString());
        byte[] proof = PythonJsonWriter.toBytes(job.get("proof"), PythonJsonWriter.Layout.INDENT2);
        assertTrue(Verifier.builder().build().verify(proof).ok(), "signed with the proof's default key");
        assertEquals(text(job, "proof_id"), text((JsonObject) job.get("proof"), "proof_id"));
        Path file = out.resolve(text((JsonObject) job.get("summary"), "proof_path"));
        assertTrue(Files.isRegularFile(file), file.toString());

        assertProblem(post("/v1/scenarios/no-such/runs", new byte[0]), 404, "not-found");
        assertProblem(post("/v1/scenarios/sample-ratio/runs", "{\"substrate\":\"process:rm -rf /\"}"
                .getBytes(StandardCharsets.UTF_8)), 400, "bad-run");
        assertProblem(post("/v1/scenarios/sample-ratio/runs", "{\"sed\":1}".getBytes(StandardCharsets.UTF_8)), 400, "bad-run");
        assertProblem(post("/v1/scenarios/sample-ratio/runs", "[1".getBytes(StandardCharsets.UTF_8)), 400, "syntax");
        assertProblem(get("/v1/jobs/00"), 404, "not-found");
    }

    @Test
    void runsBeyondTheLimitAreRefusedNotQueued() throws Exception {
        List<Integer> codes = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<byte[]> r = post("/v1/scenarios/crdt-laws/runs", ("{\"seed\": " + (100 + i) + "}")
                    .getBytes(StandardCharsets.UTF_8));
            codes.add(r.statusCode());
            r.headers().firstValue("location").ifPresent(locations::add);
            if (r.statusCode() == 429) {
                assertProblem(r, 429, "too-many-runs");
                assertEquals("5", r.headers().firstValue("retry-after").orElse(""));
            }
        }
        assertTrue(codes.contains(429), codes.toString());
        assertTrue(codes.contains(202), codes.toString());
        for (String l : locations) {
            assertEquals("succeeded", text(poll(l), "status"));
        }
    }

    static JsonObject poll(String location) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonObject job = json(get(location));
            String s = text(job, "status");
            if (!s.equals("queued") && !s.equals("running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish in a minute: " + location);
    }

    @Test
    void theOpenApiDocumentIsTheSpecsAndListsExactlyTheRoutesServed() throws Exception {
        Path spec = Path.of(System.getProperty("ophamin.root", ".."), "spec", "openapi.json");
        HttpResponse<byte[]> r = get("/openapi.json");
        assertArrayEquals(Files.readAllBytes(spec), r.body());
        JsonObject paths = (JsonObject) json(r).get("paths");
        Set<String> documented = new TreeSet<>();
        paths.members().forEach((p, ops) -> ((JsonObject) ops).keys().forEach(m -> documented.add(m.toUpperCase() + " " + p)));
        assertEquals(new TreeSet<>(HttpApi.ROUTES), documented);
        for (String route : HttpApi.ROUTES) {
            String[] mp = route.split(" ");
            String path = mp[1].replace("{name}", "sample-ratio").replace("{id}", "ab");
            HttpResponse<byte[]> answer = mp[0].equals("GET") ? get(path) : post(path, "{}".getBytes(StandardCharsets.UTF_8));
            assertTrue(answer.statusCode() != 405, route + " is routed");
        }
    }

    @Test
    void aTokenIsAskedForWhenConfiguredAndRequiredBeyondLoopback() throws Exception {
        ApiServer.Settings open = new ApiServer.Settings("0.0.0.0", 0, null, out, null, 1024, 1, Duration.ofSeconds(5),
                Duration.ofSeconds(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiServer.start(service(), open));
        assertTrue(e.getMessage().contains("--token-file"), e.getMessage());
        try (ApiServer guarded = ApiServer.start(service(), new ApiServer.Settings("127.0.0.1", 0, null, out, "s3cret",
                1024, 1, Duration.ofSeconds(5), Duration.ofSeconds(1)))) {
            String b = "http://127.0.0.1:" + guarded.port();
            HttpResponse<byte[]> no = http.send(HttpRequest.newBuilder(URI.create(b + "/v1/scenarios")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertProblem(no, 401, "unauthorized");
            assertEquals("Bearer", no.headers().firstValue("www-authenticate").orElse(""));
            HttpResponse<byte[]> wrong = http.send(HttpRequest.newBuilder(URI.create(b + "/v1/scenarios"))
                    .header("Authorization", "Bearer s3cre7").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(401, wrong.statusCode());
            HttpResponse<byte[]> yes = http.send(HttpRequest.newBuilder(URI.create(b + "/v1/scenarios"))
                    .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, yes.statusCode());
            HttpResponse<byte[]> health = http.send(HttpRequest.newBuilder(URI.create(b + "/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, health.statusCode(), "health needs no token");
        }
    }

    @Test
    void stoppingLetsRunningRunsFinishAndLeavesNoPartialProof() throws Exception {
        Path out2 = Files.createDirectories(tmp.resolve("out-stop"));
        ApiServer s = ApiServer.start(service(), new ApiServer.Settings("127.0.0.1", 0, null, out2, null, 1024, 2,
                Duration.ofSeconds(5), Duration.ofSeconds(60)));
        String b = "http://127.0.0.1:" + s.port();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(b + "/v1/scenarios/sample-ratio/runs"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"seed\": 5}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(202, r.statusCode());
        assertEquals(0, s.stop(), "the run finished within the grace period");
        List<Path> proofs;
        try (Stream<Path> w = Files.walk(out2)) {
            proofs = w.filter(p -> p.getFileName().toString().equals("proof.json")).toList();
        }
        assertEquals(1, proofs.size(), proofs.toString());
        assertTrue(Verifier.builder().build().verify(Files.readAllBytes(proofs.get(0))).ok());
        assertThrows(java.io.IOException.class, () -> http.send(HttpRequest.newBuilder(URI.create(b + "/v1/health")).build(),
                HttpResponse.BodyHandlers.ofByteArray()), "no longer listening");
        assertNotNull(r.headers().firstValue("location").orElse(null));
    }

    @Test
    void metricsAreServedInThePrometheusTextFormat() throws Exception {
        assertProblem(get("/metrics"), 404, "not-found");
        dev.ophamin.service.Telemetry telemetry = dev.ophamin.service.Telemetry.fromEnvironment(java.util.Map.of(), true);
        OphaminService withMetrics = OphaminService.builder().registry(ScenarioRegistry.load(List.of()))
                .engine(EngineInfo.of("0.1.0-test", "unknown", java.util.Map.of())).telemetry(telemetry).build();
        try (ApiServer s = ApiServer.start(withMetrics, new ApiServer.Settings("127.0.0.1", 0, null, out, null, 1 << 20, 1,
                Duration.ofSeconds(5), Duration.ofSeconds(1)))) {
            String b = "http://127.0.0.1:" + s.port();
            http.send(HttpRequest.newBuilder(URI.create(b + "/v1/verify")).POST(HttpRequest.BodyPublishers.ofByteArray(
                    Files.readAllBytes(FIXTURES.resolve("records/attested-proof.json")))).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> m = http.send(HttpRequest.newBuilder(URI.create(b + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, m.statusCode());
            assertTrue(m.headers().firstValue("content-type").orElse("").startsWith("text/plain; version=0.0.4"));
            assertTrue(m.body().contains("ophamin_proofs_verified_total{ophamin_record_kind=\"proof\",status=\"FAIL\"} 1\n"),
                    m.body());
        } finally {
            telemetry.close();
        }
    }

    @Test
    void problemDocumentsHaveTheRfc9457Members() throws Exception {
        JsonObject p = json(get("/v1/scenarios/none-such"));
        for (String k : List.of("type", "title", "status", "detail", "instance")) {
            assertNotNull(p.get(k), k);
        }
        assertEquals("/v1/scenarios/none-such", text(p, "instance"));
        JsonValue status = p.get("status");
        assertEquals(404L, ((dev.ophamin.canonical.JsonInt) status).longValue());
    }
}
