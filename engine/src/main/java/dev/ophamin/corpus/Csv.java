package dev.ophamin.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** RFC 4180 rows from lines: quoted fields may hold commas, doubled quotes and line breaks. */
public final class Csv {
    private Csv() {
    }

    /** The rows of {@code lines}; IllegalArgumentException naming {@code where} on a malformed row. */
    public static Iterator<List<String>> rows(Iterator<String> lines, String where) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public List<String> next() {
                if (!lines.hasNext()) {
                    throw new NoSuchElementException();
                }
                List<String> fields = new ArrayList<>();
                StringBuilder f = new StringBuilder();
                String line = lines.next();
                boolean quoted = false;
                int i = 0;
                while (true) {
                    if (i >= line.length()) {
                        if (quoted) {
                            if (!lines.hasNext()) {
                                throw new IllegalArgumentException(where + ": unterminated quoted field");
                            }
                            f.append('\n');
                            line = lines.next();
                            i = 0;
                            continue;
                        }
                        fields.add(f.toString());
                        return fields;
                    }
                    char c = line.charAt(i++);
                    if (quoted) {
                        if (c == '"') {
                            if (i < line.length() && line.charAt(i) == '"') {
                                f.append('"');
                                i++;
                            } else {
                                quoted = false;
                            }
                        } else {
                            f.append(c);
                        }
                    } else if (c == '"' && f.length() == 0) {
                        quoted = true;
                    } else if (c == ',') {
                        fields.add(f.toString());
                        f.setLength(0);
                    } else {
                        f.append(c);
                    }
                }
            }
        };
    }
}
