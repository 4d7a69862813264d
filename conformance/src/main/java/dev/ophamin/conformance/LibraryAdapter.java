package dev.ophamin.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * This kit's library speaking spec/IMPLEMENTATION_PROTOCOL.md on stdin and stdout: the adapter
 * {@code examples/implementations/ophamin-java.sh} runs, and the harness's self-check.
 */
public final class LibraryAdapter {
    private LibraryAdapter() {
    }

    public static void main(String[] args) throws IOException {
        LibraryImplementation lib = new LibraryImplementation();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        Base64.Decoder dec = Base64.getDecoder();
        String line;
        while ((line = in.readLine()) != null) {
            String[] w = line.split(" ", -1);
            Implementation.Response r;
            try {
                if (w.length == 3 && w[0].equals("canonicalize")) {
                    r = lib.canonicalize(w[1], dec.decode(w[2]));
                } else if (w.length == 3 && w[0].equals("verify")) {
                    r = lib.verify(dec.decode(w[1]), dec.decode(w[2]));
                } else {
                    r = Implementation.Response.unsupported();
                }
            } catch (IllegalArgumentException e) {
                r = Implementation.Response.refused("malformed request: " + e.getMessage());
            }
            out.print(switch (r.kind()) {
                case OK -> r.output() == null ? "ok" : "ok " + Base64.getEncoder().encodeToString(r.output());
                case REFUSED -> "refused " + r.reason().replace('\n', ' ');
                case UNSUPPORTED -> "unsupported";
            });
            out.print('\n');
            out.flush();
        }
    }
}
