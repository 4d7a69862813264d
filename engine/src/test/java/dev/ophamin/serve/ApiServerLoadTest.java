package dev.ophamin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 verify requests over four keep-alive connections, valid, tampered and malformed records
 * in turn: every answer is the right one, nothing fails, and the server's heap does not grow with
 * the count. Bounded: two minutes at most (a few seconds here).
 */
class ApiServerLoadTest {
    private static final int REQUESTS = 20_000;
    private static final int CONNECTIONS = 4;

    @Test
    @Timeout(120)
    void twentyThousandVerificationsAllAnsweredRight(@TempDir Path tmp) throws Exception {
        byte[] valid = Files.readAllBytes(ApiServerTest.FIXTURES.resolve("records/attested-proof.json"));
        byte[] tampered = new String(valid, StandardCharsets.UTF_8).replace("0.5", "0.75").getBytes(StandardCharsets.UTF_8);
        byte[] malformed = "{\"proof_id\": \"x\", ".getBytes(StandardCharsets.UTF_8);
        byte[][] bodies = {valid, tampered, malformed};
        String[] expected = {"OK", "FAIL", "ERROR"};
        try (ApiServer server = ApiServer.start(ApiServerTest.service(), new ApiServer.Settings("127.0.0.1", 0, null, tmp,
                null, 1 << 20, 1, Duration.ofSeconds(30), Duration.ofSeconds(1)))) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/verify");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicInteger wrong = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
            long[] heapAt = new long[2];
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < CONNECTIONS; c++) {
                    int client = c;
                    done.add(clients.submit(() -> {
                        for (int i = client; i < REQUESTS; i += CONNECTIONS) {
                            if (client == 0 && (i == REQUESTS / 4 || i == REQUESTS - CONNECTIONS)) {
                                heapAt[i == REQUESTS / 4 ? 0 : 1] = usedHeapAfterGc();
                            }
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies[i % 3])).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            JsonObject o = (JsonObject) JsonReader.standard().read(r.body());
                            if (r.statusCode() != 200 || !((JsonString) o.get("status")).value().equals(expected[i % 3])) {
                                wrong.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                clients.shutdownNow();
            }
            assertEquals(0, wrong.get(), "wrong answers");
            long growth = heapAt[1] - heapAt[0];
            assertTrue(growth < 32L << 20, "heap grew by " + (growth >> 20) + " MB between the 5,000th and the 20,000th request");
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
