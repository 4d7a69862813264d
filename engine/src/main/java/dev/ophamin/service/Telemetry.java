package dev.ophamin.service;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.verify.VerificationResult;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Spans and metrics of the service's functions, named as the reference names them: spans
 * {@code ophamin.proof.verify}, {@code ophamin.canonical.encode}, {@code ophamin.scenario.run.<name>};
 * metrics {@code ophamin_proofs_verified_total}, {@code ophamin_canonical_bytes_encoded},
 * {@code ophamin_scenarios_run_total}, {@code ophamin_scenario_duration_seconds}. Off (no-op) unless
 * the standard OTEL_* environment asks for an exporter; a server may also keep the metrics for its
 * own {@code /metrics}.
 */
public final class Telemetry implements AutoCloseable {
    /** No spans, no metrics. */
    public static final Telemetry OFF = new Telemetry(OpenTelemetry.noop(), null);

    /** The variables that ask for an exporter (OpenTelemetry's SDK configuration names). */
    static final List<String> EXPORTER_VARIABLES = List.of("OTEL_TRACES_EXPORTER", "OTEL_METRICS_EXPORTER",
            "OTEL_LOGS_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
            "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT");

    private static final AttributeKey<String> KIND = AttributeKey.stringKey("ophamin.record.kind");
    private static final AttributeKey<Boolean> OK = AttributeKey.booleanKey("ophamin.verify.ok");
    private static final AttributeKey<String> STATUS = AttributeKey.stringKey("status");
    private static final AttributeKey<String> PROFILE = AttributeKey.stringKey("profile");
    private static final AttributeKey<String> SCENARIO = AttributeKey.stringKey("scenario");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");

    private final Tracer tracer;
    private final LongCounter verified;
    private final LongHistogram canonicalBytes;
    private final LongCounter scenariosRun;
    private final DoubleHistogram scenarioDuration;
    private final PrometheusText prometheus;
    private final OpenTelemetry otel;

    private Telemetry(OpenTelemetry otel, PrometheusText prometheus) {
        this.otel = otel;
        this.tracer = otel.getTracer("dev.ophamin");
        Meter meter = otel.getMeter("dev.ophamin");
        this.verified = meter.counterBuilder("ophamin_proofs_verified_total")
                .setDescription("Records verified, by kind and status").build();
        this.canonicalBytes = meter.histogramBuilder("ophamin_canonical_bytes_encoded").ofLongs().setUnit("By")
                .setDescription("Size of canonical encodings").build();
        this.scenariosRun = meter.counterBuilder("ophamin_scenarios_run_total")
                .setDescription("Scenario runs, by scenario and outcome").build();
        this.scenarioDuration = meter.histogramBuilder("ophamin_scenario_duration_seconds").setUnit("s")
                .setDescription("Wall time of scenario runs").build();
        this.prometheus = prometheus;
    }

    /** Telemetry on an OpenTelemetry instance (tests hand in an SDK with in-memory exporters). */
    public static Telemetry of(OpenTelemetry otel, PrometheusText prometheus) {
        return new Telemetry(otel, prometheus);
    }

    /**
     * From the environment: the SDK as OTEL_* configures it when any of {@link #EXPORTER_VARIABLES}
     * is set; otherwise, with {@code metricsEndpoint}, an SDK that only keeps metrics for
     * {@link #prometheusText()}; otherwise {@link #OFF}.
     */
    public static Telemetry fromEnvironment(Map<String, String> env, boolean metricsEndpoint) {
        boolean asked = EXPORTER_VARIABLES.stream().anyMatch(v -> env.get(v) != null && !env.get(v).isBlank());
        PrometheusText reader = metricsEndpoint ? new PrometheusText() : null;
        if (asked) {
            OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                    .addPropertiesSupplier(() -> properties(env))
                    .addMeterProviderCustomizer((b, config) -> reader == null ? b : b.registerMetricReader(reader))
                    .build().getOpenTelemetrySdk();
            return new Telemetry(sdk, reader);
        }
        if (reader != null) {
            return new Telemetry(OpenTelemetrySdk.builder()
                    .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build(), reader);
        }
        return OFF;
    }

    /** Flushes and stops the exporters, if any (a server calls this when it stops). */
    @Override
    public void close() {
        if (otel instanceof OpenTelemetrySdk) {
            ((OpenTelemetrySdk) otel).close();
        }
    }

    /**
     * The OTEL_* variables of {@code env} as the SDK's properties, with this project's defaults
     * beneath them: the service name {@code ophamin}, and OTLP over HTTP (the only OTLP transport
     * shipped: the JDK's HTTP client, no gRPC).
     */
    static Map<String, String> properties(Map<String, String> env) {
        Map<String, String> p = new java.util.HashMap<>();
        p.put("otel.service.name", "ophamin");
        p.put("otel.exporter.otlp.protocol", "http/protobuf");
        env.forEach((k, v) -> {
            if (k.startsWith("OTEL_")) {
                p.put(k.toLowerCase(java.util.Locale.ROOT).replace('_', '.'), v);
            }
        });
        return p;
    }

    /** The metrics in the Prometheus text format, or null when none are kept. */
    public String prometheusText() {
        return prometheus == null ? null : prometheus.scrape();
    }

    /** A verification in its span, answered as its report; counts it by kind and status. */
    JsonObject verify(Supplier<VerificationResult> work, String name) {
        Span span = tracer.spanBuilder("ophamin.proof.verify").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            VerificationResult r = work.get();
            String kind = r.isRecord() ? r.kind().id() : "none";
            String status = VerificationReport.status(r, true);
            span.setAttribute(KIND, kind);
            span.setAttribute(OK, r.ok());
            verified.add(1, Attributes.of(KIND, kind, STATUS, status));
            return VerificationReport.json(name, status, r, null);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    /** A canonical encoding in its span; records its size. */
    OphaminService.Canonical encode(String profile, Supplier<OphaminService.Canonical> work) {
        Span span = tracer.spanBuilder("ophamin.canonical.encode").setAttribute(PROFILE, profile).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            OphaminService.Canonical c = work.get();
            span.setAttribute("ophamin.canonical.bytes", c.bytes().length);
            canonicalBytes.record(c.bytes().length, Attributes.of(PROFILE, c.profile().id()));
            return c;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    /** A scenario run in its span; counts it by outcome (EXCEPTION when it failed) and times it. */
    ScenarioRuns.Outcome run(String scenario, String tier, Supplier<ScenarioRuns.Outcome> work) {
        Span span = tracer.spanBuilder("ophamin.scenario.run." + scenario)
                .setAttribute("ophamin.scenario.name", scenario).setAttribute("ophamin.scenario.tier", tier).startSpan();
        long t0 = System.nanoTime();
        try (Scope ignored = span.makeCurrent()) {
            ScenarioRuns.Outcome o = work.get();
            String outcome = o.proof().verdict().outcome().name();
            span.setAttribute("ophamin.verdict.outcome", outcome);
            span.setAttribute("ophamin.proof.id", o.proof().proofId());
            scenariosRun.add(1, Attributes.of(SCENARIO, scenario, OUTCOME, outcome));
            return o;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            span.recordException(e);
            scenariosRun.add(1, Attributes.of(SCENARIO, scenario, OUTCOME, "EXCEPTION"));
            throw e;
        } finally {
            scenarioDuration.record((System.nanoTime() - t0) / 1e9, Attributes.of(SCENARIO, scenario));
            span.end();
        }
    }
}
