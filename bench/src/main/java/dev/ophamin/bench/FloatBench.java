package dev.ophamin.bench;

import dev.ophamin.canonical.FloatFormat;
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

/** Float formatting alone: 4096 random normal doubles per op, Python repr and ECMAScript layouts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FloatBench {
    private double[] xs;

    @Setup
    public void setUp() {
        xs = Inputs.doubles(4096);
    }

    @Benchmark
    public void pythonRepr(Blackhole bh) {
        for (double x : xs) {
            bh.consume(FloatFormat.python(x));
        }
    }

    @Benchmark
    public void ecmascript(Blackhole bh) {
        for (double x : xs) {
            bh.consume(FloatFormat.ecmascript(x));
        }
    }

    /** The JDK's own (not usable for the canonical form on Java 17; a speed reference only). */
    @Benchmark
    public void jdkToString(Blackhole bh) {
        for (double x : xs) {
            bh.consume(Double.toString(x));
        }
    }
}
