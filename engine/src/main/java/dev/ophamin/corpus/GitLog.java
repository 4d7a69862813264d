package dev.ophamin.corpus;

import dev.ophamin.canonical.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The commit messages of a git repository ({@code git log} of HEAD, newest first): one record per
 * commit, id = the commit hash, metadata = author and date. The fingerprint is HEAD's hash.
 */
public final class GitLog extends FileCorpus {
    private final Path repo;

    public GitLog(String name, Path repo) {
        super(name, "git-log", new SourceTree() {
            @Override
            public String describe() {
                return repo.toString();
            }

            @Override
            public List<String> files() {
                return List.of();
            }

            @Override
            public java.io.InputStream open(String relative) throws IOException {
                throw new IOException("a git log has no files");
            }

            @Override
            public String fingerprint() {
                return String.join("\n", git(repo, "rev-parse", "HEAD"));
            }

            @Override
            public Path cacheDirectory() {
                return repo.resolve(".git");
            }
        });
        this.repo = repo;
    }

    @Override
    public Stream<CorpusRecord> records() {
        List<CorpusRecord> out = new ArrayList<>();
        // fields split by NUL, commits by RS (0x1e): messages may hold any other character
        String all = String.join("\n", git(repo, "log", "--format=%H%x00%an%x00%aI%x00%B%x1e"));
        for (String c : all.split("\u001e")) {
            String[] f = c.strip().split("\u0000", 4);
            if (f.length == 4) {
                out.add(new CorpusRecord(f[0], f[3].strip(), JsonObject.builder().put("author", f[1]).put("date", f[2]).build()));
            }
        }
        return out.stream();
    }

    static List<String> git(Path repo, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    lines.add(l);
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalArgumentException(repo + ": git " + args[0] + " failed (is it a git repository with commits?)");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("git is not available: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
