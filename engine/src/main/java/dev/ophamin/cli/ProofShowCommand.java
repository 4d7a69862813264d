package dev.ophamin.cli;

import dev.ophamin.model.ProofRecord;
import dev.ophamin.render.ProofHtml;
import dev.ophamin.render.ProofMarkdown;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ophamin proof show FILE [--format md|html]}: a proof rendered for people. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Render a proof as Markdown (the nine sections) or as one self-contained HTML page.")
public final class ProofShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A proof record ('-' for standard input).")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md (default) or html.")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("md") && !format.equals("html")) {
            throw CliException.usage("--format: expected md or html, got '" + format + "'");
        }
        ProofRecord proof = EnvelopeCommand.readProof(file, false);
        String text = format.equals("md") ? ProofMarkdown.render(proof) : ProofHtml.render(proof);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        System.out.write(b, 0, b.length);
        System.out.flush();
        return ExitCode.OK;
    }
}
