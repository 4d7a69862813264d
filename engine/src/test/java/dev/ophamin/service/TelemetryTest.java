package dev.ophamin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.scenario.EngineInfo;
import dev.ophamin.scenario.Progress;
import dev.ophamin.scenario.ScenarioRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's spans and metrics, read back with the OpenTelemetry SDK's in-memory exporters. */
class TelemetryTest {
    @TempDir
    Path tmp;

    @Test
    void spansAndMetricsAreNamedAsTheReferenceNamesThem() throws Exception {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        InMemoryMetricReader metrics = InMemoryMetricReader.create();
        PrometheusText prometheus = new PrometheusText();
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).registerMetricReader(prometheus).build())
                .build();
        OphaminService service = OphaminService.builder().registry(ScenarioRegistry.load(List.of()))
                .engine(EngineInfo.of("0.1.0-test", "unknown", Map.of())).telemetry(Telemetry.of(sdk, prometheus)).build();

        byte[] proof = Files.readAllBytes(Path.of(System.getProperty("ophamin.root", ".."), "fixtures/records/attested-proof.json"));
        service.verify(proof, "a");
        service.verify("[1".getBytes(StandardCharsets.UTF_8), "b");
        service.canonicalize("python-json", "{\"b\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8));
        assertThrows(ServiceException.class, () -> service.canonicalize("jcs", "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        service.run(service.runRequest("sample-ratio", 21, Map.of(), null, null, false), tmp, Progress.silent());

        List<String> names = spans.getFinishedSpanItems().stream().map(SpanData::getName).toList();
        assertEquals(List.of("ophamin.proof.verify", "ophamin.proof.verify", "ophamin.canonical.encode",
                "ophamin.canonical.encode", "ophamin.scenario.run.sample-ratio"), names);
        SpanData verify = spans.getFinishedSpanItems().get(0);
        assertEquals("proof", verify.getAttributes().get(AttributeKey.stringKey("ophamin.record.kind")));
        SpanData encode = spans.getFinishedSpanItems().get(2);
        assertEquals(13L, encode.getAttributes().get(AttributeKey.longKey("ophamin.canonical.bytes")));
        assertEquals(io.opentelemetry.api.trace.StatusCode.ERROR, spans.getFinishedSpanItems().get(3).getStatus().getStatusCode());
        SpanData run = spans.getFinishedSpanItems().get(4);
        assertEquals("VALIDATED", run.getAttributes().get(AttributeKey.stringKey("ophamin.verdict.outcome")));

        Map<String, MetricData> byName = new java.util.TreeMap<>();
        metrics.collectAllMetrics().forEach(m -> byName.put(m.getName(), m));
        assertEquals(List.of("ophamin_canonical_bytes_encoded", "ophamin_proofs_verified_total",
                "ophamin_scenario_duration_seconds", "ophamin_scenarios_run_total"), List.copyOf(byName.keySet()));
        long verified = byName.get("ophamin_proofs_verified_total").getLongSumData().getPoints().stream()
                .mapToLong(p -> p.getValue()).sum();
        assertEquals(2, verified);
        assertEquals(1, byName.get("ophamin_canonical_bytes_encoded").getHistogramData().getPoints().iterator().next().getCount());
        assertEquals(1, byName.get("ophamin_scenario_duration_seconds").getHistogramData().getPoints().iterator().next().getCount());

        String text = prometheus.scrape();
        assertTrue(text.contains("# TYPE ophamin_proofs_verified_total counter\n"), text);
        assertTrue(text.contains("ophamin_proofs_verified_total{ophamin_record_kind=\"proof\",status=\"FAIL\"} 1\n")
                || text.contains("ophamin_proofs_verified_total{ophamin_record_kind=\"proof\",status=\"OK\"} 1\n"), text);
        assertTrue(text.contains("ophamin_proofs_verified_total{ophamin_record_kind=\"none\",status=\"ERROR\"} 1\n"), text);
        assertTrue(text.contains("# TYPE ophamin_canonical_bytes_encoded histogram\n"), text);
        assertTrue(text.contains("ophamin_canonical_bytes_encoded_bucket{le=\"+Inf\",profile=\"python-json\"} 1\n")
                || text.contains("ophamin_canonical_bytes_encoded_bucket{profile=\"python-json\",le=\"+Inf\"} 1\n"), text);
        assertTrue(text.contains("ophamin_canonical_bytes_encoded_sum{profile=\"python-json\"} 13\n"), text);
        assertTrue(text.contains("ophamin_scenarios_run_total{outcome=\"VALIDATED\",scenario=\"sample-ratio\"} 1\n"), text);
        sdk.close();
    }

    @Test
    void offUnlessTheEnvironmentAsksForAnExporter() {
        assertSame(Telemetry.OFF, Telemetry.fromEnvironment(Map.of("PATH", "/bin"), false));
        assertNull(Telemetry.OFF.prometheusText());
        Telemetry serverOnly = Telemetry.fromEnvironment(Map.of(), true);
        assertEquals("", serverOnly.prometheusText(), "a server keeps metrics for /metrics even with no exporter");
        // asked for, exporters come from the SDK's own configuration: OTLP over HTTP, to nowhere here
        Telemetry otlp = Telemetry.fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9",
                "OTEL_METRIC_EXPORT_INTERVAL", "600000"), true);
        assertTrue(otlp.prometheusText() != null);
        otlp.close();
        assertEquals("http/protobuf", Telemetry.properties(Map.of()).get("otel.exporter.otlp.protocol"));
        assertEquals("grpc", Telemetry.properties(Map.of("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")).get("otel.exporter.otlp.protocol"));
        serverOnly.close();
    }
}
