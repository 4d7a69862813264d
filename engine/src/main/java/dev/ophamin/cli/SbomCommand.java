package dev.ophamin.cli;

import dev.ophamin.SignatureException;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.emit.AuthorKey;
import dev.ophamin.emit.AuthorKeyFile;
import dev.ophamin.envelope.ArtifactAttestation;
import dev.ophamin.envelope.ArtifactAttestation.Subject;
import dev.ophamin.envelope.EnvelopeException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ophamin sbom attest|verify}: CycloneDX SBOMs of artifacts, signed with an author key. */
@Command(name = "sbom", mixinStandardHelpOptions = true,
        description = "Sign a CycloneDX SBOM of build artifacts as an in-toto statement (ed25519 DSSE), or check one.",
        subcommands = {SbomCommand.Attest.class, SbomCommand.Verify.class})
public final class SbomCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }

    private static List<Subject> subjects(List<Path> files) {
        List<Subject> out = new ArrayList<>();
        for (Path f : files) {
            out.add(Subject.of(f.getFileName().toString(), InputFiles.readAll(f.toString())));
        }
        return out;
    }

    /** {@code ophamin sbom attest --sbom F --attest-key K --subject A... [-o OUT] [--force]}. */
    @Command(name = "attest", mixinStandardHelpOptions = true,
            description = {"Write an in-toto statement that the SBOM describes the subject files, in a DSSE envelope "
                    + "signed with an author key (from 'ophamin keys generate')."},
            footer = {"%nExit codes: 0 written; 2 bad usage, or unreadable or invalid input (nothing is written)."})
    static final class Attest implements Callable<Integer> {
        @Option(names = "--sbom", required = true, paramLabel = "FILE", description = "A CycloneDX JSON document.")
        Path sbom;

        @Option(names = "--subject", required = true, paramLabel = "FILE",
                description = "An artifact the SBOM describes (repeatable); named by its file name and SHA-256.")
        List<Path> subjects;

        @Option(names = "--attest-key", required = true, paramLabel = "FILE", description = "Author key file.")
        Path attestKey;

        @Mixin
        OutputFileOptions output = new OutputFileOptions();

        @Override
        public Integer call() {
            JsonValue doc = EnvelopeCommand.readJson(sbom.toString());
            if (!(doc instanceof JsonObject) || !new JsonString("CycloneDX").equals(((JsonObject) doc).get("bomFormat"))) {
                throw CliException.usage(sbom + ": not a CycloneDX JSON document (bomFormat is not \"CycloneDX\")");
            }
            AuthorKey key;
            try {
                key = AuthorKeyFile.read(attestKey);
            } catch (IOException | RuntimeException e) {
                throw CliException.usage(attestKey + ": " + e.getMessage());
            }
            JsonObject statement = ArtifactAttestation.statement(subjects(subjects),
                    ArtifactAttestation.CYCLONEDX_PREDICATE_TYPE, doc);
            output.write(ArtifactAttestation.toBytes(ArtifactAttestation.sign(statement, key)));
            return ExitCode.OK;
        }
    }

    /** {@code ophamin sbom verify ENVELOPE --trusted-authors F [--subject A]...}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check an SBOM attestation: signed by a trusted author, a CycloneDX predicate, and each "
                    + "--subject file named in it with the same SHA-256."},
            footer = {"%nExit codes: 0 verified; 1 the signature, the predicate or a subject does not match;",
                    "2 bad usage, or an unreadable or malformed envelope."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ENVELOPE", description = "The attestation ('-' for standard input).")
        String envelope;

        @Option(names = "--trusted-authors", required = true, paramLabel = "FILE",
                description = "JSON object: author -> 64-hex ed25519 public key.")
        Path trustedAuthors;

        @Option(names = "--subject", paramLabel = "FILE", description = "An artifact that must be a subject (repeatable).")
        List<Path> subjects = new ArrayList<>();

        @Override
        public Integer call() {
            JsonValue doc = EnvelopeCommand.readJson(envelope);
            String name = InputFiles.display(envelope);
            ArtifactAttestation.Verified v;
            try {
                v = ArtifactAttestation.verify(doc, VerifyCommand.readTrustedAuthors(trustedAuthors));
            } catch (EnvelopeException e) {
                throw CliException.usage(name + ": " + e.getMessage());
            } catch (SignatureException e) {
                throw new CliException(ExitCode.FAILED, name + ": " + e.getMessage());
            }
            if (!v.predicateType().equals(ArtifactAttestation.CYCLONEDX_PREDICATE_TYPE)) {
                throw new CliException(ExitCode.FAILED, name + ": predicate is " + v.predicateType() + ", not a CycloneDX SBOM");
            }
            for (Subject s : subjects(subjects)) {
                if (!v.subjects().contains(s)) {
                    boolean named = v.subjects().stream().anyMatch(t -> t.name().equals(s.name()));
                    throw new CliException(ExitCode.FAILED, name + ": " + s.name()
                            + (named ? ": SHA-256 " + s.sha256() + " differs from the attested one" : ": not a subject"));
                }
            }
            spec.commandLine().getOut().println(name + ": ok, signed by " + v.author() + "; " + v.subjects().size() + " subject(s)"
                    + (subjects.isEmpty() ? "" : ", " + subjects.size() + " checked against their files"));
            return ExitCode.OK;
        }
    }
}
