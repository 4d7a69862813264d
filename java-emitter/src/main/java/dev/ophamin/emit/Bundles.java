package dev.ophamin.emit;

import dev.ophamin.Experimental;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.render.ProofHtml;
import dev.ophamin.render.ProofMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reference's bundle layout: {@code <root>/<tier>/<scenario>/<YYYY-MM-DD>_<verdict>_<id[:12]>/}
 * holding {@code proof.json}, {@code proof.md} and {@code proof.html}. A bundle is assembled in a
 * hidden sibling directory and renamed into place, so it appears whole or not at all; an existing
 * bundle is replaced only when asked.
 */
@Experimental
public final class Bundles {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9_-]");

    private Bundles() {
    }

    /**
     * {@return the bundle directory a signed proof belongs in (nothing is created)}
     *
     * @param root the proofs directory
     * @param tier the tier directory under it
     * @param scenario the scenario's name
     * @param proof the signed proof
     */
    public static Path bundleDir(Path root, String tier, String scenario, ProofRecord proof) {
        String created = proof.identity().createdAt();
        String date = created.length() >= 10 ? created.substring(0, 10) : "";
        if (!DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("identity.created_at: does not start with YYYY-MM-DD: '" + created + "'");
        }
        String name = date + "_" + proof.verdict().outcome().name().toLowerCase(Locale.ROOT) + "_"
                + proof.proofId().substring(0, Math.min(12, proof.proofId().length()));
        return root.resolve(safe(tier, "unknown-tier")).resolve(safe(scenario, "unknown-scenario")).resolve(name);
    }

    /**
     * Writes a new bundle; an existing one is an error ({@link FileAlreadyExistsException}).
     *
     * @param root the proofs directory
     * @param tier the tier directory under it
     * @param scenario the scenario's name
     * @param proof the signed proof
     * @return the bundle directory
     * @throws IOException when writing fails or the bundle exists
     */
    public static Path persist(Path root, String tier, String scenario, ProofRecord proof) throws IOException {
        return persist(root, tier, scenario, proof, false);
    }

    /**
     * Writes the bundle of a signed proof and returns its directory.
     *
     * @throws IllegalArgumentException when the proof is unsigned or its id does not match its body
     * @throws FileAlreadyExistsException when the bundle exists and {@code overwrite} is false
     * @param root the proofs directory
     * @param tier the tier directory under it
     * @param scenario the scenario's name
     * @param proof the signed proof
     * @param overwrite whether an existing bundle may be replaced
     * @return the bundle directory
     */
    public static Path persist(Path root, String tier, String scenario, ProofRecord proof, boolean overwrite)
            throws IOException {
        if (proof.signature().isEmpty()) {
            throw new IllegalArgumentException("signature: the proof is unsigned; sign it before persisting");
        }
        if (!proof.computeId().equals(proof.proofId())) {
            throw new IllegalArgumentException("proof_id: does not match the body; re-sign the proof");
        }
        Path dir = bundleDir(root, tier, scenario, proof);
        if (Files.exists(dir) && !overwrite) {
            throw new FileAlreadyExistsException(dir.toString(), null, "bundle exists (pass overwrite to replace it)");
        }
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".");
        try {
            Files.write(staging.resolve("proof.json"), RecordFiles.bytes(proof));
            Files.write(staging.resolve("proof.md"), ProofMarkdown.render(proof).getBytes(StandardCharsets.UTF_8));
            Files.write(staging.resolve("proof.html"), ProofHtml.render(proof).getBytes(StandardCharsets.UTF_8));
            if (Files.exists(dir)) {
                Path old = parent.resolve("." + dir.getFileName() + ".old-" + System.nanoTime());
                Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                AtomicFiles.publishNew(staging, dir);
            }
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
        return dir;
    }

    private static String safe(String name, String fallback) {
        String s = name == null ? "" : UNSAFE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        return s.isEmpty() ? fallback : s;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(q);
            }
        }
    }
}
