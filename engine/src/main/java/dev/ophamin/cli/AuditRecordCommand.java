package dev.ophamin.cli;

import dev.ophamin.DecodeException;
import dev.ophamin.audit.AuditGate;
import dev.ophamin.audit.AuditMarkdown;
import dev.ophamin.audit.AuditProofs;
import dev.ophamin.emit.ProofSigner;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.AuditRecord;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.record.RecordKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ophamin audit-record show|list|wrap}. */
@Command(name = "audit-record", mixinStandardHelpOptions = true,
        description = "Read AuditRecords: show one as Markdown, list a directory's, wrap one as a proof.",
        subcommands = {AuditRecordCommand.Show.class, AuditRecordCommand.ListAudits.class, AuditRecordCommand.Wrap.class})
public final class AuditRecordCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (show, list, wrap)");
    }

    static AuditRecord read(Path file) {
        SignedRecord r = readRecord(file);
        if (!(r instanceof AuditRecord a)) {
            throw CliException.usage(file + ": not an AuditRecord (a " + r.kind().name().toLowerCase(Locale.ROOT) + " record)");
        }
        return a;
    }

    /** Any record through the typed model; one-line usage errors for what is not one. */
    static SignedRecord readRecord(Path file) {
        SignedRecord r;
        try {
            r = RecordFiles.read(file);
        } catch (IOException e) {
            throw CliException.usage(file + ": " + InputFiles.reason(e));
        } catch (DecodeException e) {
            throw CliException.usage(file + ": not JSON: " + e.getMessage());
        } catch (RecordFormatException e) {
            throw CliException.usage(file + ": not a record: " + e.getMessage());
        }
        return r;
    }

    /** {@code audit-record show FILE}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print an AuditRecord as Markdown.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            w.print(AuditMarkdown.render(read(file)));
            w.flush();
            return ExitCode.OK;
        }
    }

    /** {@code audit-record list DIR}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per AuditRecord under DIR: id, captured, findings, pillars run, gate verdict, target.")
    static final class ListAudits implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            int n = 0;
            for (TypedRecords.Typed<AuditRecord> t : TypedRecords.load(dir, AuditRecord.class)) {
                AuditRecord a = t.record();
                String verdict = a.verdict() instanceof dev.ophamin.canonical.JsonObject v
                        && v.get("outcome") instanceof dev.ophamin.canonical.JsonString s ? s.value() : "-";
                w.printf(Locale.ROOT, "%s  %-32s %6d findings  %-28s %-12s %s%n", a.auditId().substring(0, 16),
                        a.capturedAt(), a.summary().totalFindings(),
                        String.join(",", dev.ophamin.audit.AuditProofs.strings(a.summary().pillarsRun())), verdict,
                        t.path());
                n++;
            }
            w.printf("%d audit record(s)%n", n);
            w.flush();
            return ExitCode.OK;
        }
    }

    /** {@code audit-record wrap --gate '...' FILE}. */
    @Command(name = "wrap", mixinStandardHelpOptions = true,
            description = {"Wrap an AuditRecord as a signed EmpiricalProofRecord whose claim is the gate "
                    + "(as the reference's wrap_as_proof does); the audit's detail is kept in the evidence.",
                "Writes the proof (default proof_<id16>.json) and prints its verdict."},
            footer = {"%nExit codes: 0 written, gate VALIDATED; 1 written, gate REFUTED; 2 bad usage or input."})
    static final class Wrap implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--gate", required = true, paramLabel = "'METRIC OP VALUE'", description = "The claim, e.g. 'total_findings <= 50'.")
        String gate;

        @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "Where to write the proof (must not exist).")
        Path out;

        @Mixin
        KeyOptions keys;

        @Override
        public Integer call() {
            AuditGate g;
            try {
                g = AuditGate.parse(gate);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            AuditRecord a = read(file);
            ProofRecord p = ProofSigner.sign(AuditProofs.wrap(a, g, dev.ophamin.build.BuildInfo.engine(),
                    ScenarioCommand.engineInfo().environment()), keys.signingKey(RecordKind.PROOF));
            Path target = out != null ? out : Path.of("proof_" + p.proofId().substring(0, 16) + ".json");
            try {
                RecordFiles.write(target, p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw CliException.usage(target + ": exists (a proof is never overwritten)");
            } catch (IOException e) {
                throw CliException.usage(target + ": " + InputFiles.reason(e));
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println(p.verdict().outcome() + ": " + p.verdict().reasoning() + " -> " + target);
            w.flush();
            return p.verdict().outcome() == dev.ophamin.model.Outcome.VALIDATED ? ExitCode.OK : ExitCode.FAILED;
        }
    }
}
