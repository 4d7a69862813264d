package dev.ophamin.corpus;

import dev.ophamin.DecodeException;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The corpus connectors: one class per data layout, each streaming its records. */
public final class Connectors {
    private Connectors() {
    }

    /** Lines of one file, streamed, closed with the stream. */
    static Stream<String> lines(SourceTree tree, String file) {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(tree.open(file), StandardCharsets.UTF_8));
            return r.lines().onClose(() -> {
                try {
                    r.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(tree.describe() + ": " + e.getMessage(), e));
        }
    }

    /** Every file of the tree mapped to records, lazily, file after file. */
    static Stream<CorpusRecord> perFile(SourceTree tree, Function<String, Stream<CorpusRecord>> reader) {
        return tree.files().stream().flatMap(reader);
    }

    /** JSON lines: one object per line; {@code text} holds the text, {@code id} the id (else the line number). */
    public static final class JsonLines extends FileCorpus {
        public JsonLines(String name, SourceTree tree) {
            super(name, "jsonl", tree);
        }

        @Override
        public Stream<CorpusRecord> records() {
            return perFile(tree, f -> {
                long[] n = {0};
                return lines(tree, f).filter(l -> !l.isBlank()).map(l -> {
                    n[0]++;
                    JsonValue v;
                    try {
                        v = JsonReader.standard().read(l.getBytes(StandardCharsets.UTF_8));
                    } catch (DecodeException e) {
                        throw new IllegalArgumentException(tree.describe() + " " + f + " line " + n[0] + ": " + e.getMessage());
                    }
                    if (!(v instanceof JsonObject) || !(((JsonObject) v).get("text") instanceof JsonString)) {
                        throw new IllegalArgumentException(tree.describe() + " " + f + " line " + n[0]
                                + ": expected an object with a \"text\" string");
                    }
                    JsonObject o = (JsonObject) v;
                    String id = o.get("id") instanceof JsonString ? ((JsonString) o.get("id")).value() : f + ":" + n[0];
                    return new CorpusRecord(id, ((JsonString) o.get("text")).value(), o.without("id", "text"));
                });
            });
        }
    }

    /** A folder of text files: one record per {@code *.txt} file, id = its relative path. */
    public static final class TextFolder extends FileCorpus {
        public TextFolder(String name, SourceTree tree) {
            super(name, "text-folder", tree);
        }

        @Override
        public Stream<CorpusRecord> records() {
            return tree.files().stream().filter(f -> f.endsWith(".txt"))
                    .map(f -> new CorpusRecord(f, text(f), JsonObject.EMPTY));
        }
    }

    /** One column of a CSV file (RFC 4180 quoting, header row); the other columns become metadata. */
    public static final class CsvColumn extends FileCorpus {
        private final String column;

        public CsvColumn(String name, SourceTree tree, String column) {
            super(name, "csv", tree);
            this.column = column;
        }

        @Override
        public Stream<CorpusRecord> records() {
            return perFile(tree, f -> {
                Iterator<List<String>> rows = Csv.rows(lines(tree, f).iterator(), tree.describe() + " " + f);
                if (!rows.hasNext()) {
                    return Stream.empty();
                }
                List<String> header = rows.next();
                int col = header.indexOf(column);
                if (col < 0) {
                    throw new IllegalArgumentException(tree.describe() + " " + f + ": no column '" + column + "' (columns: "
                            + String.join(", ", header) + ")");
                }
                int idCol = header.indexOf("id");
                long[] n = {0};
                Iterable<List<String>> it = () -> rows;
                return java.util.stream.StreamSupport.stream(it.spliterator(), false).map(row -> {
                    n[0]++;
                    if (row.size() != header.size()) {
                        throw new IllegalArgumentException(tree.describe() + " " + f + " row " + n[0] + ": " + row.size()
                                + " fields, the header has " + header.size());
                    }
                    JsonObject.Builder meta = JsonObject.builder();
                    for (int i = 0; i < header.size(); i++) {
                        if (i != col && i != idCol) {
                            meta.put(header.get(i), row.get(i));
                        }
                    }
                    return new CorpusRecord(idCol >= 0 ? row.get(idCol) : f + ":" + n[0], row.get(col), meta.build());
                });
            });
        }
    }

    /**
     * E-mail: an mbox file (messages start at lines beginning {@code From }) or a maildir (the Enron
     * layout {@code maildir/<user>/<folder>/<n>.}, one message per file). Text = the body; metadata
     * = From, To, Subject, Date headers.
     */
    public static final class Mail extends FileCorpus {
        public Mail(String name, SourceTree tree) {
            super(name, "mail", tree);
        }

        @Override
        public Stream<CorpusRecord> records() {
            return perFile(tree, f -> f.endsWith(".mbox") ? mbox(f) : Stream.of(message(f, text(f))));
        }

        private Stream<CorpusRecord> mbox(String f) {
            List<CorpusRecord> out = new ArrayList<>();
            StringBuilder cur = null;
            try (Stream<String> ls = lines(tree, f)) {
                for (Iterator<String> it = ls.iterator(); it.hasNext(); ) {
                    String l = it.next();
                    if (l.startsWith("From ")) {
                        if (cur != null) {
                            out.add(message(f + "#" + (out.size() + 1), cur.toString()));
                        }
                        cur = new StringBuilder();
                    } else if (cur != null) {
                        cur.append(l.startsWith(">From ") ? l.substring(1) : l).append('\n');
                    }
                }
            }
            if (cur != null) {
                out.add(message(f + "#" + (out.size() + 1), cur.toString()));
            }
            return out.stream();
        }

        static CorpusRecord message(String id, String raw) {
            String norm = raw.replace("\r\n", "\n");
            int split = norm.indexOf("\n\n");
            String head = split < 0 ? norm : norm.substring(0, split);
            String body = split < 0 ? "" : norm.substring(split + 2);
            JsonObject.Builder meta = JsonObject.builder();
            String last = null;
            java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (String l : head.split("\n")) {
                if ((l.startsWith(" ") || l.startsWith("\t")) && last != null) {
                    headers.put(last, headers.get(last) + " " + l.strip());
                } else if (l.indexOf(':') > 0) {
                    last = l.substring(0, l.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
                    headers.putIfAbsent(last, l.substring(l.indexOf(':') + 1).strip());
                }
            }
            for (String h : new String[] {"from", "to", "subject", "date"}) {
                if (headers.containsKey(h)) {
                    meta.put(h, headers.get(h));
                }
            }
            return new CorpusRecord(id, body.strip(), meta.build());
        }
    }

    /**
     * The FLORES layout: {@code devtest/<lang>.devtest} files of parallel sentences. One record per
     * sentence: text in {@code lang} (or the first language), the others as metadata by language code.
     */
    public static final class Flores extends FileCorpus {
        private final String lang;

        public Flores(String name, SourceTree tree, String lang) {
            super(name, "flores", tree);
            this.lang = lang;
        }

        @Override
        public Stream<CorpusRecord> records() {
            List<String> files = tree.files().stream().filter(f -> f.endsWith(".devtest")).collect(java.util.stream.Collectors.toList());
            if (files.isEmpty()) {
                throw new IllegalArgumentException(tree.describe() + ": no devtest/<lang>.devtest files (FLORES layout)");
            }
            List<String> langs = new ArrayList<>();
            List<List<String>> texts = new ArrayList<>();
            for (String f : files) {
                String base = f.substring(f.lastIndexOf('/') + 1);
                langs.add(base.substring(0, base.length() - ".devtest".length()));
                try (Stream<String> ls = lines(tree, f)) {
                    texts.add(ls.collect(java.util.stream.Collectors.toList()));
                }
            }
            // English is the pivot when present, as in FLORES; else the first language
            int main = lang != null ? langs.indexOf(lang) : Math.max(0, langs.indexOf("eng_Latn"));
            if (main < 0) {
                throw new IllegalArgumentException(tree.describe() + ": no language '" + lang + "' (have " + langs + ")");
            }
            int n = texts.get(main).size();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).size() != n) {
                    throw new IllegalArgumentException(tree.describe() + ": " + langs.get(i) + " has " + texts.get(i).size()
                            + " sentences, " + langs.get(main) + " has " + n);
                }
            }
            List<CorpusRecord> out = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                JsonObject.Builder meta = JsonObject.builder().put("lang", langs.get(main));
                for (int i = 0; i < langs.size(); i++) {
                    if (i != main) {
                        meta.put(langs.get(i), texts.get(i).get(s));
                    }
                }
                out.add(new CorpusRecord(Integer.toString(s + 1), texts.get(main).get(s), meta.build()));
            }
            return out.stream();
        }
    }
}
