package dev.ophamin.service;

import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.verify.SignatureOutcome;
import dev.ophamin.verify.VerificationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One verified file as every transport reports it: a status word and the JSON object of
 * {@code ophamin verify --json} (docs/cli.md), which the HTTP API and the MCP tool answer too.
 */
public final class VerificationReport {
    private VerificationReport() {
    }

    /**
     * {@code OK}, {@code UNSIGNED}, {@code FAIL}, {@code ERROR} (not a record, unreadable), or
     * {@code SKIPPED}: a document that is no record, found while walking a directory
     * ({@code explicit} false), is passed over rather than counted as an error.
     */
    public static String status(VerificationResult r, boolean explicit) {
        if (r == null) {
            return "ERROR";
        }
        if (!r.isRecord()) {
            return !explicit && r.error().equals("not a record of a known kind") ? "SKIPPED" : "ERROR";
        }
        if (r.signature() == SignatureOutcome.UNSIGNED && r.reasons().stream().allMatch(x -> x.equals("record is unsigned"))) {
            return "UNSIGNED";
        }
        return r.ok() ? "OK" : "FAIL";
    }

    /** The report of {@code path}: its result, or (result null) the error that kept it from being read. */
    public static JsonObject json(String path, String status, VerificationResult r, String readError) {
        JsonObject.Builder b = JsonObject.builder().put("path", path).put("status", status);
        if (r == null) {
            return b.put("kind", JsonNull.NULL).put("schema_version", JsonNull.NULL).put("ok", false)
                    .put("id_ok", false).put("signature", JsonNull.NULL).put("key", JsonNull.NULL)
                    .put("attestation", JsonNull.NULL).put("schema_errors", JsonArray.EMPTY)
                    .put("problems", JsonArray.EMPTY).put("reasons", JsonArray.EMPTY)
                    .put("error", readError).build();
        }
        return b.put("kind", r.isRecord() ? new JsonString(r.kind().id()) : JsonNull.NULL)
                .put("schema_version", text(r.schemaVersion()))
                .put("ok", r.ok())
                .put("id_ok", r.idOk())
                .put("signature", r.isRecord() ? new JsonString(r.signature().label()) : JsonNull.NULL)
                .put("key", text(r.keyLabel()))
                .put("attestation", r.isRecord() ? new JsonString(r.attestation().label()) : JsonNull.NULL)
                .put("attestation_author", text(r.attestationAuthor()))
                .put("schema_errors", strings(r.schemaErrors()))
                .put("problems", strings(r.problems()))
                .put("reasons", strings(r.reasons()))
                .put("error", r.error() != null ? new JsonString(r.error())
                        : r.ok() ? JsonNull.NULL : new JsonString(r.reasons().get(0)))
                .build();
    }

    /**
     * Files in the order every verify report lists them: sorted by the name they are shown as,
     * each once; a file both named directly and found in a directory counts as named directly.
     *
     * @param <T> the file type
     * @param files the files, in any order
     * @param shownAs how a report names a file
     * @param explicit whether a file was named directly
     * @return the files in report order
     */
    public static <T> List<T> inReportOrder(List<T> files, Function<T, String> shownAs, Predicate<T> explicit) {
        List<T> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(shownAs));
        List<T> out = new ArrayList<>();
        for (T t : sorted) {
            T last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && shownAs.apply(last).equals(shownAs.apply(t))) {
                if (explicit.test(t) && !explicit.test(last)) {
                    out.set(out.size() - 1, t);
                }
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static JsonValue text(String s) {
        return s == null ? JsonNull.NULL : new JsonString(s);
    }

    static JsonArray strings(List<String> l) {
        List<JsonValue> items = new ArrayList<>();
        l.forEach(s -> items.add(new JsonString(s)));
        return new JsonArray(items);
    }
}
