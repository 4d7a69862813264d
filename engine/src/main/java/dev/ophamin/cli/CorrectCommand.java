package dev.ophamin.cli;

import dev.ophamin.campaign.Multiplicity;
import dev.ophamin.canonical.JsonNull;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.model.ProofRecord;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ophamin correct DIR}: multiplicity correction over a directory of proofs. */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Apply a multiplicity correction to every proof under DIR and print the corrected verdicts.",
            "The family is every proof with a p-value (its first evidence item carrying one). A VALIDATED proof whose "
                    + "hypothesis is not rejected after correction becomes INCONCLUSIVE; nothing is ever promoted. "
                    + "The proofs themselves are not changed."},
        footer = {"%nExit codes: 0 printed; 2 bad usage or an unreadable directory."})
public final class CorrectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--method", required = true, paramLabel = "M", description = "holm or bh.")
    String method;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--json", description = "One JSON object per proof per line.")
    boolean json;

    @Override
    public Integer call() {
        if (!method.equals("holm") && !method.equals("bh")) {
            throw CliException.usage("--method must be holm or bh, got '" + method + "'");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw CliException.usage("--alpha must be between 0 and 1");
        }
        List<TypedRecords.Loaded> proofs = TypedRecords.load(dir);
        Multiplicity.Result r = Multiplicity.correct(proofs.stream().map(TypedRecords.Loaded::proof).toList(), method, alpha);
        PrintWriter out = spec.commandLine().getOut();
        for (TypedRecords.Loaded l : proofs) {
            ProofRecord p = l.proof();
            Double pv = Multiplicity.pValue(p);
            Double adj = r.adjustedP().get(p.proofId());
            if (json) {
                JsonObject o = JsonObject.builder().put("path", l.path().toString()).put("proof_id", p.proofId())
                        .put("p_value", pv == null ? JsonNull.NULL : new dev.ophamin.canonical.JsonFloat(pv))
                        .put("adjusted_p", adj == null ? JsonNull.NULL : new dev.ophamin.canonical.JsonFloat(adj))
                        .put("verdict", p.verdict().outcome().name())
                        .put("corrected_verdict", r.verdicts().get(p.proofId()).name()).build();
                out.println(new String(PythonJsonWriter.toBytes(o, PythonJsonWriter.Layout.CANONICAL), StandardCharsets.UTF_8));
            } else {
                out.printf(Locale.ROOT, "%-12s  p=%-10s adj=%-10s %-12s -> %-12s %s%n", p.proofId().substring(0, 12),
                        pv == null ? "-" : String.format(Locale.ROOT, "%.4g", pv),
                        adj == null ? "-" : String.format(Locale.ROOT, "%.4g", adj), p.verdict().outcome(),
                        r.verdicts().get(p.proofId()), l.path());
            }
        }
        if (!json) {
            out.printf(Locale.ROOT, "%d proofs; family (with a p-value): %d; %s at %s demoted %d%n", proofs.size(),
                    r.familySize(), method, alpha, r.demoted());
        }
        out.flush();
        return ExitCode.OK;
    }
}
