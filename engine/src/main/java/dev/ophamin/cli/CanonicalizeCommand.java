package dev.ophamin.cli;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.ByteSink;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.Profile;
import dev.ophamin.verify.HmacKey;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ophamin canonicalize}: the canonical bytes (or their HMAC) of JSON documents. */
@Command(name = "canonicalize", mixinStandardHelpOptions = true,
        description = {
            "Write the canonical bytes of a JSON document (no trailing newline).",
            "Invalid input: nothing on stdout, 'FILE: reason' on stderr, exit 2.",
            "With --lines every input line is one document and gives one output line "
                    + "(empty when that document is invalid; 'line N: reason' on stderr).",
        })
final class CanonicalizeCommand implements Callable<Integer> {
    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "python-json",
            description = "python-json (default) or jcs (RFC 8785).")
    String profileName;

    @Option(names = "--lines", description = "Treat each input line as one document (streams).")
    boolean lines;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    HmacKeyOption hmac;

    @Mixin
    JobsOption jobs = new JobsOption();

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "Input file; '-' or absent for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        Profile profile;
        try {
            profile = Profile.byId(profileName);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--profile: " + e.getMessage());
        }
        HmacKey key = hmac == null ? null : hmac.key();
        return lines ? lines(profile, key) : single(profile, key);
    }

    private int single(Profile profile, HmacKey key) throws IOException {
        byte[] input = InputFiles.readAll(file);
        ByteSink sink = new ByteSink(input.length + 64);
        try {
            profile.canonicalize(JsonReader.standard(), input, 0, input.length, sink);
        } catch (DecodeException e) {
            throw CliException.usage(InputFiles.display(file) + ": " + e.getMessage());
        }
        PrintStream out = System.out;
        if (key != null) {
            out.print(key.hexMac(sink.array(), 0, sink.length()) + "\n");
        } else {
            sink.writeTo(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private int lines(Profile profile, HmacKey key) throws IOException {
        JsonReader reader = JsonReader.standard();
        ThreadLocal<ByteSink> sinks = ThreadLocal.withInitial(() -> new ByteSink(1 << 16));
        OutputStream out = new BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
        long invalid;
        try (InputStream in = InputFiles.open(file)) {
            invalid = LineBatches.run(in, out, System.err, jobs.threads(), (buf, off, len, o) -> {
                ByteSink sink = sinks.get();
                sink.reset();
                try {
                    profile.canonicalize(reader, buf, off, len, sink);
                } catch (DecodeException e) {
                    return e.getMessage();
                }
                if (key != null) {
                    byte[] mac = key.hexMac(sink.array(), 0, sink.length()).getBytes(StandardCharsets.US_ASCII);
                    o.write(mac, 0, mac.length);
                } else {
                    o.write(sink.array(), 0, sink.length());
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw CliException.usage(InputFiles.display(file) + ": " + InputFiles.reason(e.getCause()));
        } finally {
            out.flush();
        }
        return invalid == 0 ? ExitCode.OK : ExitCode.USAGE;
    }
}
