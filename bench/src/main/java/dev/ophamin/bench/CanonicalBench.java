package dev.ophamin.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ophamin.canonical.ByteSink;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.Profile;
import java.util.concurrent.TimeUnit;
import org.erdtman.jcs.JsonCanonicalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing and canonicalization of one document per invocation, with the comparators: jackson-core's
 * raw token scan (the practical limit), a jackson-databind tree round trip, and erdtman's JCS.
 * Throughput in MB/s is size / (time per op); run-jmh.sh prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CanonicalBench {
    @Param({"records", "floats", "nested", "unicode"})
    public String kind;

    @Param({"1024", "65536", "1048576", "10485760"})
    public int size;

    private byte[] doc;
    private JsonValue parsed;
    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper();
    private final ByteSink sink = new ByteSink(1 << 20);

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        doc = Inputs.document(kind, size);
        parsed = JsonReader.standard().read(doc);
    }

    @Benchmark
    public JsonValue parse() throws Exception {
        return JsonReader.standard().read(doc);
    }

    @Benchmark
    public int canonicalizePythonJson() throws Exception {
        sink.reset();
        Profile.PYTHON_JSON.canonicalize(JsonReader.standard(), doc, 0, doc.length, sink);
        return sink.length();
    }

    @Benchmark
    public int canonicalizeJcs() throws Exception {
        sink.reset();
        Profile.JCS.canonicalize(JsonReader.standard(), doc, 0, doc.length, sink);
        return sink.length();
    }

    @Benchmark
    public int encodeOnlyPythonJson() throws Exception {
        sink.reset();
        Profile.PYTHON_JSON.encode(parsed, sink);
        return sink.length();
    }

    @Benchmark
    public void jacksonRawTokenScan(Blackhole bh) throws Exception {
        try (JsonParser p = factory.createParser(doc)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                bh.consume(t);
            }
        }
    }

    @Benchmark
    public byte[] jacksonDatabindRoundTrip() throws Exception {
        return mapper.writeValueAsBytes(mapper.readTree(doc));
    }

    @Benchmark
    public byte[] erdtmanJcs() throws Exception {
        // inputs hold no subnormal numbers, on which this library is known to hang
        return new JsonCanonicalizer(doc).getEncodedUTF8();
    }
}
