package dev.ophamin.drift;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.corpus.Corpus;
import dev.ophamin.corpus.CorpusCatalog;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.corpus.Csv;
import dev.ophamin.substrate.CycleResult;
import dev.ophamin.substrate.Substrate;
import dev.ophamin.substrate.Substrates;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where a stream comes from: a column of a CSV file, a field of a JSON-lines file, or a substrate's cycles. */
public final class StreamSources {
    private StreamSources() {
    }

    /**
     * Column {@code column} of {@code file}: a CSV file with a header row, or JSON lines (one
     * object per line) when the name ends in {@code .jsonl}, {@code .ndjson} or {@code .json}.
     * Every row must hold a finite number there; IllegalArgumentException naming the file and
     * line otherwise.
     */
    public static ValueStream fromFile(Path file, String column) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            double[] v = json ? jsonLines(in, file, column) : csv(in, file, column);
            return new ValueStream(column, v);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static double[] csv(BufferedReader in, Path file, String column) {
        Iterator<List<String>> rows = Csv.rows(in.lines().iterator(), file.toString());
        if (!rows.hasNext()) {
            throw new IllegalArgumentException(file + ": empty (a header row naming '" + column + "' is expected)");
        }
        List<String> header = rows.next();
        int col = header.indexOf(column);
        if (col < 0) {
            throw new IllegalArgumentException(file + ": no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        Values out = new Values();
        int row = 1;
        while (rows.hasNext()) {
            row++;
            List<String> r = rows.next();
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            if (col >= r.size()) {
                throw new IllegalArgumentException(file + ": row " + row + " has no '" + column + "' field");
            }
            out.add(number(r.get(col).strip(), file + ": row " + row));
        }
        return out.toArray();
    }

    private static double[] jsonLines(BufferedReader in, Path file, String field) throws IOException {
        Values out = new Values();
        String line;
        int n = 0;
        JsonReader reader = JsonReader.standard();
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonValue v;
            try {
                v = reader.read(line.getBytes(StandardCharsets.UTF_8));
            } catch (DecodeException e) {
                throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getMessage());
            }
            if (!(v instanceof JsonObject o) || !o.has(field)) {
                throw new IllegalArgumentException(file + ":" + n + ": no field '" + field + "'");
            }
            JsonValue x = o.get(field);
            if (x instanceof JsonFloat f) {
                out.add(check(f.value(), file + ":" + n));
            } else if (x instanceof JsonInt i) {
                out.add(i.bigValue().doubleValue());
            } else if (x instanceof JsonString s) {
                out.add(number(s.value(), file + ":" + n));
            } else {
                throw new IllegalArgumentException(file + ":" + n + ": '" + field + "' is not a number");
            }
        }
        return out.toArray();
    }

    /**
     * Measurement {@code measurement} of each cycle of {@code substrate} over {@code corpus} (at
     * most {@code limit} records, in corpus order), failed cycles and cycles without the
     * measurement left out (and counted in {@code skipped[0]}).
     */
    public static ValueStream fromSubstrate(String substrate, String corpus, String measurement, int limit, long seed,
                                       Map<String, String> env, long[] skipped) {
        Corpus c = CorpusCatalog.open(corpus, env);
        Values out = new Values();
        try (Substrate s = Substrates.open(substrate, seed, Duration.ofSeconds(30));
             java.util.stream.Stream<CorpusRecord> records = c.records().limit(limit)) {
            for (CorpusRecord r : (Iterable<CorpusRecord>) records::iterator) {
                CycleResult cr = s.cycle(r, JsonObject.EMPTY);
                double v = cr.ok() ? cr.number(measurement) : Double.NaN;
                if (Double.isFinite(v)) {
                    out.add(v);
                } else {
                    skipped[0]++;
                }
            }
        }
        return new ValueStream(measurement, out.toArray());
    }

    private static double number(String text, String where) {
        try {
            return check(Double.parseDouble(text), where);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a number");
        }
    }

    private static double check(double d, String where) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(where + ": not a finite number");
        }
        return d;
    }

    /** A growing array of doubles. */
    private static final class Values {
        private double[] a = new double[256];
        private int n;

        void add(double d) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = d;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
