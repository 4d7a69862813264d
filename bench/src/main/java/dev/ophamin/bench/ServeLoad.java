package dev.ophamin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load client for {@code ophamin serve}: POSTs the given record files to /v1/verify in turn,
 * REQUESTS in all over CONNECTIONS keep-alive connections (one thread each), and prints requests/s,
 * p50 and p99 latency and how many answers were not the status expected of each file (the first
 * word of its name: ok-, fail-, error-). A warm-up of a tenth of the count runs first, unmeasured.
 *
 * <pre>java -cp benchmarks.jar dev.ophamin.bench.ServeLoad URL CONNECTIONS REQUESTS FILE...</pre>
 */
public final class ServeLoad {
    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "/v1/verify");
        int connections = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        List<byte[]> bodies = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            Path p = Path.of(args[i]);
            bodies.add(Files.readAllBytes(p));
            expected.add(p.getFileName().toString().split("-")[0].toUpperCase());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, uri, connections, requests / 10, bodies, expected);
        long t0 = System.nanoTime();
        Result r = run(http, uri, connections, requests, bodies, expected);
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf("%d requests over %d connections in %.2f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, "
                        + "%d wrong answers%n", requests, connections, secs, requests / secs,
                lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6, r.wrong);
        if (r.wrong > 0) {
            System.exit(1);
        }
    }

    private record Result(long[] latencies, int wrong) {
    }

    private static Result run(HttpClient http, URI uri, int connections, int requests, List<byte[]> bodies,
                              List<String> expected) throws Exception {
        long[] lat = new long[requests];
        int[] wrong = new int[connections];
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < requests; i += connections) {
                        int k = i % bodies.size();
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(k))).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        lat[i] = System.nanoTime() - t;
                        if (r.statusCode() != 200 || !r.body().contains("\"status\":\"" + expected.get(k) + "\"")) {
                            wrong[client]++;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(lat, Arrays.stream(wrong).sum());
    }
}
