package dev.ophamin.cli;

import dev.ophamin.service.BouncyCastleEd25519;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ophamin proof ...}: browse proofs. */
@Command(name = "proof", mixinStandardHelpOptions = true, description = "List, index and show proof records.",
        subcommands = {ProofCommand.ListCommand.class, ProofCommand.IndexCommand.class, ProofShowCommand.class})
public final class ProofCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (list, index, show)");
    }

    /** {@code proof list DIR}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per proof under DIR: id prefix, verdict, signature state, claim, path.",
            footer = {"%nExit codes: 0 listed; 2 DIR missing or unreadable."})
    static final class ListCommand implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        KeyOptions keys;

        @picocli.CommandLine.Parameters(paramLabel = "DIR", description = "Directory to walk for proofs.")
        java.nio.file.Path dir;

        @Override
        public Integer call() {
            dev.ophamin.verify.Verifier.Builder b = BouncyCastleEd25519.verifierBuilder();
            keys.keys().forEach(b::key);
            java.io.PrintWriter out = spec.commandLine().getOut();
            java.util.List<ProofCatalog.Entry> entries = ProofCatalog.scan(dir, b.build());
            for (ProofCatalog.Entry e : entries) {
                out.printf("%-12s  %-12s  %-22s  %s  %s%n", e.proofId().substring(0, Math.min(12, e.proofId().length())),
                        e.verdict(), e.signatureState(), abbreviate(e.claim(), 70), e.path());
            }
            out.printf("%d proofs%n", entries.size());
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code proof index DIR}. */
    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Write DIR/INDEX.md: a table of every proof under DIR (id, verdict, claim, signature state).",
            footer = {"%nExit codes: 0 written; 2 DIR missing or the index cannot be written."})
    static final class IndexCommand implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        KeyOptions keys;

        @picocli.CommandLine.Option(names = "--out", paramLabel = "FILE", description = "Write here instead of DIR/INDEX.md.")
        java.nio.file.Path out;

        @picocli.CommandLine.Parameters(paramLabel = "DIR", description = "Directory to walk for proofs.")
        java.nio.file.Path dir;

        @Override
        public Integer call() {
            dev.ophamin.verify.Verifier.Builder b = BouncyCastleEd25519.verifierBuilder();
            keys.keys().forEach(b::key);
            java.util.List<ProofCatalog.Entry> entries = ProofCatalog.scan(dir, b.build());
            StringBuilder md = new StringBuilder("# Proof index\n\n").append(entries.size()).append(" proofs under `")
                    .append(dir).append("`.\n\n| proof | verdict | claim | signature | file |\n|---|---|---|---|---|\n");
            for (ProofCatalog.Entry e : entries) {
                md.append("| `").append(e.proofId(), 0, Math.min(12, e.proofId().length())).append("` | ")
                        .append(e.verdict()).append(" | ").append(cell(e.claim())).append(" | ")
                        .append(e.signatureState()).append(" | [").append(cell(dir.relativize(e.path()).toString()))
                        .append("](").append(dir.relativize(e.path()).toString().replace(" ", "%20")).append(") |\n");
            }
            java.nio.file.Path target = out != null ? out : dir.resolve("INDEX.md");
            AtomicFiles.write(target, md.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("wrote " + target + " (" + entries.size() + " proofs)");
            return ExitCode.OK;
        }
    }

    static String abbreviate(String s, int n) {
        String one = s.replace('\n', ' ');
        return one.length() <= n ? one : one.substring(0, n - 3) + "...";
    }

    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
