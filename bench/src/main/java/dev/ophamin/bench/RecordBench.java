package dev.ophamin.bench;

import dev.ophamin.emit.RecordFiles;
import dev.ophamin.emit.RecordSigner;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.HmacKey;
import dev.ophamin.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** End to end on the shipped proofs: verify every record, and sign and write every record, per op. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordBench {
    private List<byte[]> files;
    private List<byte[]> unattested;
    private List<SignedRecord> records;
    private final Verifier verifier = Verifier.builder().build();
    // the checks the Python script makes and no more: no structural diagnostics for ok records, and
    // the keys bench/vs-python.sh gives the script (the default, then the throughput proofs' key)
    private final Verifier checksOnly = Verifier.builder().diagnostics(false)
            .key(HmacKey.ofText("--key", "ophamin-throughput-proof-key")).build();
    private final HmacKey key = HmacKey.ofText("bench", RecordKind.PROOF.defaultKey());

    @Setup
    public void setUp() throws Exception {
        files = Inputs.shippedProofs();
        unattested = new ArrayList<>();
        for (byte[] f : files) {
            if (!new String(f, java.nio.charset.StandardCharsets.UTF_8).contains("\"attestation\"")) {
                unattested.add(f);
            }
        }
        records = new ArrayList<>();
        for (byte[] f : files) {
            try {
                records.add(RecordFiles.parse(f));
            } catch (Exception e) {
                // a shipped file the typed model refuses is left out of the signing benchmark
            }
        }
    }

    /** One op = every shipped proof verified once (MANIFEST order). */
    @Benchmark
    public void verifyAll(Blackhole bh) {
        for (byte[] f : files) {
            bh.consume(verifier.verify(f).ok());
        }
    }

    /**
     * One op = every shipped proof without an ed25519 attestation verified once: the work the
     * Python reference script does (parse, canonical body, sha256 id, HMAC).
     */
    @Benchmark
    public void verifyUnattested(Blackhole bh) {
        for (byte[] f : unattested) {
            bh.consume(verifier.verify(f).ok());
        }
    }

    /**
     * One op = as {@link #verifyUnattested}, with the checks the Python script makes and no more
     * (a record that verifies is not also given its structural diagnostics): the steady-state
     * comparison of bench/vs-python.sh.
     */
    @Benchmark
    public void verifyUnattestedChecksOnly(Blackhole bh) {
        for (byte[] f : unattested) {
            bh.consume(checksOnly.verify(f).ok());
        }
    }

    /** One op = every shipped proof re-signed and written in the reference layout. */
    @Benchmark
    public void signAndWriteAll(Blackhole bh) {
        for (SignedRecord r : records) {
            bh.consume(RecordFiles.bytes(RecordSigner.sign(r, key)));
        }
    }
}
