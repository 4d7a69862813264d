package dev.ophamin.audit.sarif;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words as a POSIX shell would, without expanding anything. */
public final class ShellWords {
    private ShellWords() {
    }

    /**
     * Words separated by blanks; single quotes keep everything, double quotes keep all but
     * {@code \"} and {@code \\}, a backslash outside quotes escapes the next character.
     * IllegalArgumentException on an unterminated quote.
     */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated ' in: " + line);
                }
                w.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < line.length() && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
                        j++;
                        d = line.charAt(j);
                    }
                    w.append(d);
                }
                if (j >= line.length()) {
                    throw new IllegalArgumentException("unterminated \" in: " + line);
                }
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }
}
