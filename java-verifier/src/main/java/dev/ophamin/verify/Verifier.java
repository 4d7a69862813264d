package dev.ophamin.verify;

import dev.ophamin.DecodeException;
import dev.ophamin.OphaminException;
import dev.ophamin.SchemaException;
import dev.ophamin.SignatureException;
import dev.ophamin.Stable;
import dev.ophamin.ValidationException;
import dev.ophamin.VersionException;
import dev.ophamin.canonical.CanonicalDocument;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonReader;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.record.ProofStructure;
import dev.ophamin.record.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Decides whether a document is an authentic, well-formed Ophamin record. Immutable and
 * thread-safe: build one and share it.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.builder().key(HmacKey.ofText("lab", "our-key")).build();
 * VerificationResult r = verifier.verify(Files.readAllBytes(path));
 * if (!r.ok()) System.err.println(r.reasons());
 * }</pre>
 */
@Stable
public final class Verifier {
    private static final Set<String> STATEMENT_KEYS = Set.of("_type", "subject", "predicateType", "predicate");
    private static final Set<String> PREDICATE_KEYS = Set.of("body", "ophamin_version", "schema_version", "signature");
    private static final Set<String> ATTESTATION_KEYS = Set.of("author", "algorithm", "public_key", "signature");

    private final Map<RecordKind, List<HmacKey>> keysByKind;
    private final TrustedAuthors trustedAuthors;
    private final boolean allowUnsigned;
    private final boolean strict;
    private final boolean diagnostics;
    private final SchemaCheck schemaCheck;
    private final JsonReader reader;
    private final Ed25519Check ed25519;

    private Verifier(Builder b) {
        this.keysByKind = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            List<HmacKey> keys = new ArrayList<>();
            if (b.defaultKeys) {
                keys.add(HmacKey.ofText("default", k.defaultKey()));
            }
            keys.addAll(b.keys);
            keysByKind.put(k, List.copyOf(keys));
        }
        this.trustedAuthors = b.trustedAuthors;
        this.allowUnsigned = b.allowUnsigned;
        this.strict = b.strict;
        this.diagnostics = b.diagnostics;
        this.schemaCheck = b.schemaCheck;
        this.reader = b.reader;
        this.ed25519 = b.ed25519;
    }

    /** {@return a builder with the defaults listed on {@link Builder}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies one document. Never throws for bad content: the result says what is wrong.
     *
     * @param document the file's bytes
     * @return the result
     */
    public VerificationResult verify(byte[] document) {
        if (!diagnostics && !strict && schemaCheck == null) {
            VerificationResult quick = verifyFromTheTop(document);
            if (quick != null) {
                return quick;
            }
        }
        VerificationResult.Builder r = VerificationResult.builder(allowUnsigned, strict);
        CanonicalDocument doc;
        try {
            doc = reader.readCanonical(document);
        } catch (DecodeException e) {
            r.error = e.getMessage();
            return r.build();
        }
        return verify(doc, r);
    }

    /**
     * The fast path: a tree of the record's top two levels only (every check reads there) with
     * the whole canonical body. Only an ok signed or unsigned record of a compact-layout kind is
     * answered here; anything else (audits, envelopes, failures, which want their diagnostics)
     * returns null and takes the full path, so the answer is the same either way.
     */
    private VerificationResult verifyFromTheTop(byte[] document) {
        CanonicalDocument doc;
        try {
            doc = reader.readCanonical(document, 2);
        } catch (DecodeException e) {
            return null;
        }
        RecordKind kind = RecordKind.detect(doc.value());
        if (kind == null || kind == RecordKind.ENVELOPE || kind.canonicalLayout() != PythonJsonWriter.Layout.CANONICAL) {
            return null;
        }
        VerificationResult.Builder r = VerificationResult.builder(allowUnsigned, strict);
        r.kind = kind;
        verifyRecord(kind, (JsonObject) doc.value(), doc, r, false);
        VerificationResult result = r.build();
        return result.ok() ? result : null;
    }

    /**
     * Reads and verifies a file.
     *
     * @param file the record file
     * @return the result
     * @throws IOException when the file cannot be read (bad content is a result, not an exception)
     */
    public VerificationResult verify(Path file) throws IOException {
        return verify(Files.readAllBytes(file));
    }

    /**
     * Verifies many files on {@code threads} threads and hands each result to {@code sink} in the
     * order of {@code files}, on the calling thread. At most a few results per thread wait to be
     * handed over, so memory stays flat however many files there are; an unreadable file is a
     * result too, not an exception. With one thread, nothing is started.
     *
     * @throws InterruptedException when the calling thread is interrupted (the workers stop)
     * @param files the files, in the order results are wanted
     * @param threads how many threads verify at once, at least 1
     * @param sink receives each result, in order, on the calling thread
     */
    public void verifyFiles(List<Path> files, int threads, Consumer<FileVerification> sink)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (threads == 1 || files.size() < 2) {
            for (Path f : files) {
                sink.accept(verifyFile(f));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ophamin-verify");
            t.setDaemon(true);      // a caller that stops early must not be kept alive by idle workers
            return t;
        });
        try {
            ArrayDeque<Future<FileVerification>> window = new ArrayDeque<>();
            int ahead = threads * 16;
            for (Path f : files) {
                if (window.size() == ahead) {
                    sink.accept(take(window.removeFirst()));
                }
                window.addLast(pool.submit(() -> verifyFile(f)));
            }
            while (!window.isEmpty()) {
                sink.accept(take(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private FileVerification verifyFile(Path f) {
        try {
            return new FileVerification(f, verify(Files.readAllBytes(f)), null);
        } catch (IOException e) {
            return new FileVerification(f, null, e);
        }
    }

    private static FileVerification take(Future<FileVerification> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // verify never throws for content; anything else is a bug and must not be hidden
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Verifies and returns the result when it is {@link VerificationResult#ok()}; otherwise throws
     * the exception of the most basic layer that refused the document.
     *
     * @param document the file's bytes
     * @return the result, which is ok
     * @throws OphaminException of the first layer that refused: {@link dev.ophamin.DecodeException}, {@link dev.ophamin.VersionException}, {@link dev.ophamin.SignatureException}, {@link dev.ophamin.SchemaException} or {@link dev.ophamin.ValidationException}
     */
    public VerificationResult verifyOrThrow(byte[] document) throws OphaminException {
        CanonicalDocument doc = reader.readCanonical(document);
        VerificationResult r = verify(doc, VerificationResult.builder(allowUnsigned, strict));
        if (r.ok()) {
            return r;
        }
        String reason = String.join("; ", r.reasons());
        if (!r.isRecord()) {
            throw new ValidationException(reason);
        }
        if (r.schemaVersion() == null || r.kind().shape(r.schemaVersion()) == null) {
            throw new VersionException(reason);
        }
        if (!r.refusals().isEmpty()) {
            throw new ValidationException(reason);
        }
        boolean authentic = r.idOk()
                && (r.signature() == SignatureOutcome.VALID
                    || (r.signature() == SignatureOutcome.UNSIGNED && allowUnsigned))
                && (r.attestation() == AttestationOutcome.VALID || r.attestation() == AttestationOutcome.ABSENT);
        if (!authentic) {
            throw new SignatureException(reason);
        }
        if (!r.schemaErrors().isEmpty()) {
            throw new SchemaException(reason);
        }
        throw new ValidationException(reason);
    }

    private VerificationResult verify(CanonicalDocument read, VerificationResult.Builder r) {
        JsonValue doc = read.value();
        RecordKind kind = RecordKind.detect(doc);
        if (kind == null) {
            r.error = "not a record of a known kind";
            return r.build();
        }
        r.kind = kind;
        JsonObject record = (JsonObject) doc;
        if (kind == RecordKind.ENVELOPE) {
            verifyEnvelope(record, r);
        } else {
            verifyRecord(kind, record, read, r, true);
        }
        if (schemaCheck != null && r.schemaVersion != null && kind.shape(r.schemaVersion) != null) {
            r.schemaErrors.addAll(schemaCheck.errors(kind, r.schemaVersion, record));
        }
        return r.build();
    }

    private void verifyRecord(RecordKind kind, JsonObject record, CanonicalDocument read, VerificationResult.Builder r,
                              boolean wholeTree) {
        String version = RecordKind.versionOf(record);
        r.schemaVersion = version;
        if (!kind.versionTypeOk(record)) {
            r.refusals.add("schema_version must be " + (kind == RecordKind.DRIFT_SCAN ? "an integer" : "a string"));
        } else {
            checkShape(kind, version, record, r);
        }
        // the compact layout's body was written while reading; audits' spaced layout is encoded anew
        byte[] body = kind.canonicalLayout() == PythonJsonWriter.Layout.CANONICAL
                ? read.canonicalWithout(kind.unsignedKeys()) : kind.canonicalBody(record);
        JsonValue id = record.get(kind.idField());
        r.id = id instanceof JsonString ? ((JsonString) id).value() : null;
        r.idOk = r.id != null && constantTimeEquals(RecordKind.sha256Hex(body), r.id);
        checkMac(kind, record, body, r);
        if (kind == RecordKind.PROOF) {
            checkAttestation(record.get("attestation"), body, r);
            if (wholeTree) {
                r.problems.addAll(ProofStructure.problems(record));
            }
        }
    }

    private static void checkShape(RecordKind kind, String version, JsonObject record, VerificationResult.Builder r) {
        RecordKind.Shape shape = kind.shape(version);
        if (shape == null) {
            r.refusals.add("unsupported schema_version '" + version + "' for " + kind.id()
                    + " (this kit reads " + String.join(", ", new java.util.TreeSet<>(kind.versions())) + ")");
            return;
        }
        checkKeys(record, shape.required(), shape.optional(), "", r);
    }

    private static void checkKeys(JsonObject o, Set<String> required, Set<String> optional, String where,
                                  VerificationResult.Builder r) {
        for (String k : o.keys()) {
            if (!required.contains(k) && !optional.contains(k)) {
                r.refusals.add("unknown top-level key '" + where + k + "' (content outside the signature)");
            }
        }
        List<String> missing = null;
        for (String k : required) {
            if (!o.has(k)) {
                missing = missing == null ? new ArrayList<>() : missing;
                missing.add(k);
            }
        }
        if (missing != null) {      // rare: sorted only then, for a stable message order
            java.util.Collections.sort(missing);
            missing.forEach(k -> r.refusals.add("missing top-level key '" + where + k + "'"));
        }
    }

    private void checkMac(RecordKind kind, JsonObject record, byte[] body, VerificationResult.Builder r) {
        JsonValue signature = record.get("signature");
        if (!(signature instanceof JsonString)) {
            r.signature = SignatureOutcome.INVALID;
            return;
        }
        String sig = ((JsonString) signature).value();
        if (sig.isEmpty()) {
            r.signature = SignatureOutcome.UNSIGNED;
            return;
        }
        String matched = null;
        // in order, up to the first that matches, as the reference's any() does: which key matched
        // is in the result, so the time taken tells nothing more (each comparison is constant-time)
        for (HmacKey key : keysByKind.get(kind)) {
            if (key.matches(body, 0, body.length, sig)) {
                matched = key.label();
                break;
            }
        }
        r.signature = matched != null ? SignatureOutcome.VALID : SignatureOutcome.INVALID;
        r.keyLabel = matched;
        if (matched == null) {
            r.signatureHint = IntegerKeyHint.find(kind.body(record));
        }
    }

    private void checkAttestation(JsonValue att, byte[] body, VerificationResult.Builder r) {
        if (att == null) {
            r.attestation = AttestationOutcome.ABSENT;
            return;
        }
        r.attestation = AttestationOutcome.INVALID;
        if (!(att instanceof JsonObject)) {
            return;
        }
        JsonObject a = (JsonObject) att;
        JsonValue author = a.get("author");
        r.attestationAuthor = author instanceof JsonString ? ((JsonString) author).value() : null;
        if (!a.keys().equals(ATTESTATION_KEYS) || r.attestationAuthor == null
                || !new JsonString("ed25519").equals(a.get("algorithm"))
                || !(a.get("public_key") instanceof JsonString) || !(a.get("signature") instanceof JsonString)) {
            return;
        }
        String pub = ((JsonString) a.get("public_key")).value();
        byte[] rawKey = Hex.decodeOrNull(pub);
        byte[] sig = Hex.decodeOrNull(((JsonString) a.get("signature")).value());
        if (rawKey == null || sig == null || !ed25519.verify(rawKey, body, 0, body.length, sig)) {
            return;
        }
        r.attestation = trustedAuthors == null || trustedAuthors.trusts(r.attestationAuthor, pub)
                ? AttestationOutcome.VALID : AttestationOutcome.UNTRUSTED;
    }

    private void verifyEnvelope(JsonObject env, VerificationResult.Builder r) {
        checkKeys(env, Set.of("payloadType", "payload", "signatures"), Set.of(), "", r);
        JsonValue type = env.get("payloadType");
        if (!new JsonString(Dsse.PAYLOAD_TYPE).equals(type)) {
            r.refusals.add("payloadType must be " + Dsse.PAYLOAD_TYPE);
        }
        byte[] payload = env.get("payload") instanceof JsonString
                ? Base64Text.decodeOrNull(((JsonString) env.get("payload")).value()) : null;
        if (payload == null) {
            r.refusals.add("payload is not canonical base64 (standard alphabet, padded, nothing else)");
            return;
        }
        byte[] pae = Dsse.pae(Dsse.PAYLOAD_TYPE, payload);
        r.signature = SignatureOutcome.INVALID;
        List<JsonValue> signatures = env.get("signatures") instanceof JsonArray
                ? ((JsonArray) env.get("signatures")).items() : List.of();
        for (int i = 0; i < signatures.size(); i++) {
            JsonValue s = signatures.get(i);
            // keyid is an unauthenticated hint (DSSE): never used to pick a key, but it must be text
            JsonValue keyid = s instanceof JsonObject ? ((JsonObject) s).get("keyid") : null;
            if (keyid != null && !(keyid instanceof JsonString)) {
                r.refusals.add("signatures[" + i + "].keyid is not a string");
            }
            JsonValue sv = s instanceof JsonObject ? ((JsonObject) s).get("sig") : null;
            byte[] sig = sv instanceof JsonString ? Base64Text.decodeOrNull(((JsonString) sv).value()) : null;
            for (HmacKey key : keysByKind.get(RecordKind.ENVELOPE)) {
                boolean match = sig != null && MessageDigest.isEqual(key.mac(pae, 0, pae.length), sig);
                if (match && r.keyLabel == null) {
                    r.keyLabel = key.label();
                    r.signature = SignatureOutcome.VALID;
                }
            }
        }
        JsonObject statement;
        try {
            JsonValue v = reader.read(payload);
            if (!(v instanceof JsonObject)) {
                r.refusals.add("payload is not an in-toto Statement object");
                return;
            }
            statement = (JsonObject) v;
        } catch (DecodeException e) {
            r.refusals.add("payload: " + e.getMessage());
            return;
        }
        verifyStatement(statement, r);
    }

    private void verifyStatement(JsonObject st, VerificationResult.Builder r) {
        checkKeys(st, STATEMENT_KEYS, Set.of(), "payload.", r);
        if (!new JsonString(Dsse.STATEMENT_TYPE).equals(st.get("_type"))) {
            r.refusals.add("payload._type must be " + Dsse.STATEMENT_TYPE);
        }
        if (!new JsonString(Dsse.PROOF_PREDICATE_TYPE).equals(st.get("predicateType"))) {
            r.refusals.add("payload.predicateType is not the proof record predicate");
        }
        if (!(st.get("predicate") instanceof JsonObject)
                || !(((JsonObject) st.get("predicate")).get("body") instanceof JsonObject)) {
            r.refusals.add("payload.predicate.body is missing");
            return;
        }
        JsonObject predicate = (JsonObject) st.get("predicate");
        checkKeys(predicate, PREDICATE_KEYS, Set.of(), "payload.predicate.", r);
        JsonObject body = (JsonObject) predicate.get("body");
        String version = predicate.get("schema_version") instanceof JsonString
                ? ((JsonString) predicate.get("schema_version")).value() : null;
        r.schemaVersion = version;
        RecordKind.Shape proofShape = version == null ? null : RecordKind.PROOF.shape(version);
        if (proofShape == null) {
            r.refusals.add("unsupported wrapped proof schema_version '" + version + "'");
        } else {
            Set<String> bodyKeys = new java.util.HashSet<>(proofShape.required());
            bodyKeys.removeAll(RecordKind.PROOF.unsignedKeys());
            checkKeys(body, bodyKeys, Set.of(), "payload.predicate.body.", r);
        }
        byte[] canonical = PythonJsonWriter.toBytes(body, PythonJsonWriter.Layout.CANONICAL);
        String subjectDigest = subjectDigest(st);
        r.id = subjectDigest;
        r.idOk = subjectDigest != null && constantTimeEquals(RecordKind.sha256Hex(canonical), subjectDigest);
        VerificationResult.Builder inner = VerificationResult.builder(allowUnsigned, strict);
        checkMac(RecordKind.PROOF, body.with("signature", predicate.get("signature") == null
                ? new JsonString("") : predicate.get("signature")), canonical, inner);
        if (inner.signature == SignatureOutcome.INVALID) {
            r.refusals.add("wrapped proof signature does not match any key");
        }
        r.problems.addAll(ProofStructure.problems(body));
    }

    private static String subjectDigest(JsonObject st) {
        JsonValue subjects = st.get("subject");
        if (!(subjects instanceof JsonArray) || ((JsonArray) subjects).size() != 1) {
            return null;
        }
        JsonValue s = ((JsonArray) subjects).items().get(0);
        if (!(s instanceof JsonObject) || !(((JsonObject) s).get("digest") instanceof JsonObject)) {
            return null;
        }
        JsonValue d = ((JsonObject) ((JsonObject) s).get("digest")).get("sha256");
        return d instanceof JsonString ? ((JsonString) d).value() : null;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Settings for a {@link Verifier}; every setting has a safe default. */
    public static final class Builder {
        private final List<HmacKey> keys = new ArrayList<>();
        private boolean defaultKeys = true;
        private TrustedAuthors trustedAuthors;
        private boolean allowUnsigned;
        private boolean strict;
        private boolean diagnostics = true;
        private SchemaCheck schemaCheck;
        private JsonReader reader = JsonReader.standard();
        private Ed25519Check ed25519 = Ed25519Check.jdk();

        private Builder() {
        }

        /**
         * Offers one more HMAC key; a record verifies if its MAC matches any offered key.
         *
         * @param key the key
         * @return this builder
         */
        public Builder key(HmacKey key) {
            keys.add(java.util.Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Whether each kind's built-in reference key (labelled {@code default}) is offered; on by default.
         *
         * @param on false to offer only the keys given
         * @return this builder
         */
        public Builder defaultKeys(boolean on) {
            this.defaultKeys = on;
            return this;
        }

        /**
         * Attestations by authors not in this set, or with another key, become UNTRUSTED.
         *
         * @param authors the trusted authors; null (the default) trusts every valid attestation
         * @return this builder
         */
        public Builder trustedAuthors(TrustedAuthors authors) {
            this.trustedAuthors = authors;
            return this;
        }

        /**
         * Accept records with an empty signature as ok; off by default.
         *
         * @param on true to accept them
         * @return this builder
         */
        public Builder allowUnsigned(boolean on) {
            this.allowUnsigned = on;
            return this;
        }

        /**
         * Also demand schema and structural validity for ok; off by default.
         *
         * @param on true for strict results
         * @return this builder
         */
        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        /**
         * Whether results of records that verify carry their structural problems (for proofs, the
         * reference's validate() messages); on by default. Off, a record that verifies is checked
         * from a tree of its top levels only, which is faster; strict mode, a schema check and any
         * record that does not verify still get everything.
         *
         * @param on false for the faster path
         * @return this builder
         */
        public Builder diagnostics(boolean on) {
            this.diagnostics = on;
            return this;
        }

        /**
         * Runs this JSON Schema check on every record (see {@link dev.ophamin.schema.RecordSchemas}).
         *
         * @param check the check; null (the default) for none
         * @return this builder
         */
        public Builder schemaCheck(SchemaCheck check) {
            this.schemaCheck = check;
            return this;
        }

        /**
         * The strict reader to parse with (for example with another depth limit).
         *
         * @param reader the reader; {@link JsonReader#standard()} by default
         * @return this builder
         */
        public Builder reader(JsonReader reader) {
            this.reader = java.util.Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Checks attestation signatures with this implementation instead of the JDK's.
         *
         * @param check the implementation
         * @return this builder
         */
        public Builder ed25519(Ed25519Check check) {
            this.ed25519 = java.util.Objects.requireNonNull(check, "check");
            return this;
        }

        /** {@return the immutable verifier of these settings} */
        public Verifier build() {
            return new Verifier(this);
        }
    }
}
