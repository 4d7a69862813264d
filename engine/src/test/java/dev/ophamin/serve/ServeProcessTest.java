package dev.ophamin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.verify.Verifier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ophamin serve} as a process: SIGTERM in the middle of a run stops it cleanly, the proof whole. */
class ServeProcessTest {
    @Test
    @Timeout(180)
    void sigtermLetsTheRunningRunFinishAndExits(@TempDir Path tmp) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.ophamin.cli.Main", "serve", "--port", "0",
                "--out", tmp.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String first = err.readLine();
        Matcher m = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)").matcher(first == null ? "" : first);
        assertTrue(m.find(), "first line: " + first);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/v1/scenarios/sample-ratio/runs"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"seed\": 77}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        // SIGTERM, as a service manager sends it (Process.destroy would also close our end of its pipes)
        assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the server exits");
        String rest = String.join("\n", err.lines().toList());
        assertTrue(rest.contains("ophamin: stopped"), rest);
        List<Path> proofs;
        try (Stream<Path> w = Files.walk(tmp)) {
            proofs = w.filter(f -> f.getFileName().toString().equals("proof.json")).toList();
        }
        assertEquals(1, proofs.size(), "the run finished within the grace period: " + proofs);
        assertTrue(Verifier.builder().build().verify(Files.readAllBytes(proofs.get(0))).ok());
        try (Stream<Path> w = Files.walk(tmp)) {
            assertTrue(w.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no staging directory left behind");
        }
    }
}
