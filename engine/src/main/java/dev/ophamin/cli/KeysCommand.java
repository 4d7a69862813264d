package dev.ophamin.cli;

import dev.ophamin.emit.AuthorKey;
import dev.ophamin.emit.AuthorKeyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ophamin keys}: author keys for ed25519 attestation. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Manage ed25519 author keys for proof attestation.",
        subcommands = {KeysCommand.Generate.class})
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** {@code ophamin keys generate --author NAME [--dir DIR]}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {
                "Create a new ed25519 key for an author. The private key file is readable by its owner only;",
                "the public key is printed, with a line to add to a --trusted-authors JSON file.",
            })
    static final class Generate implements Callable<Integer> {
        @Option(names = "--author", required = true, paramLabel = "NAME", description = "Who attests (e.g. an e-mail).")
        String author;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the key file (default: ~/.ophamin/keys).")
        Path dir;

        @Override
        public Integer call() {
            if (author.isBlank()) {
                throw CliException.usage("--author: must not be empty");
            }
            Path target = dir != null ? dir : Path.of(System.getProperty("user.home"), ".ophamin", "keys");
            AuthorKey key = AuthorKey.generate(author);
            Path file;
            try {
                file = AuthorKeyFile.write(target, key);
            } catch (FileAlreadyExistsException e) {
                throw CliException.usage(e.getFile() + ": a key for this author exists; not replacing it");
            } catch (IOException e) {
                throw CliException.usage(target + ": " + InputFiles.reason(e));
            }
            String entry = "\"" + jsonText(author) + "\": \"" + key.publicKeyHex() + "\"";
            System.out.print("public key: " + key.publicKeyHex() + "\n"
                    + "private key file: " + file + "\n"
                    + "trusted-authors entry: " + entry + "\n");
            System.out.flush();
            return ExitCode.OK;
        }

        private static String jsonText(String s) {
            byte[] b = dev.ophamin.canonical.PythonJsonWriter.toBytes(new dev.ophamin.canonical.JsonString(s),
                    dev.ophamin.canonical.PythonJsonWriter.Layout.CANONICAL);
            String quoted = new String(b, StandardCharsets.US_ASCII);
            return quoted.substring(1, quoted.length() - 1);
        }
    }
}
