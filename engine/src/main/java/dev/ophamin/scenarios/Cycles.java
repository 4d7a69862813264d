package dev.ophamin.scenarios;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.corpus.CorpusRecord;
import dev.ophamin.scenario.RunContext;
import dev.ophamin.substrate.CycleResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Streams records through the substrate, reporting progress; failed cycles are kept, never dropped. */
final class Cycles {
    /** The results in record order, with how many failed and the first error. */
    record Run(List<CorpusRecord> records, List<CycleResult> results, int failed, String firstError) {
        /** Values of a numeric measurement over the ok cycles (NaN-free). */
        double[] measurement(String name) {
            return results.stream().filter(CycleResult::ok).mapToDouble(r -> r.number(name))
                    .filter(d -> !Double.isNaN(d)).toArray();
        }

        /** Values of a timing over the ok cycles that reported it. */
        double[] timing(String name) {
            return results.stream().filter(CycleResult::ok).mapToDouble(r -> r.timing(name))
                    .filter(d -> !Double.isNaN(d)).toArray();
        }
    }

    private Cycles() {
    }

    static Run over(RunContext ctx, Stream<CorpusRecord> records, long total, JsonObject params) {
        List<CorpusRecord> rs = new ArrayList<>();
        List<CycleResult> out = new ArrayList<>();
        int failed = 0;
        String first = null;
        try (records) {
            Iterator<CorpusRecord> it = records.iterator();
            while (it.hasNext()) {
                CorpusRecord r = it.next();
                CycleResult c = ctx.substrate().cycle(r, params);
                rs.add(r);
                out.add(c);
                if (!c.ok()) {
                    failed++;
                    if (first == null) {
                        first = r.id() + ": " + c.error();
                    }
                }
                ctx.progress().update(out.size(), total);
            }
        }
        ctx.progress().finish(out.size());
        return new Run(rs, out, failed, first);
    }

    /** The run's failure summary for evidence detail. */
    static JsonObject failures(Run run) {
        return JsonObject.builder().put("cycles", (long) run.results().size()).put("failed_cycles", (long) run.failed())
                .put("first_error", run.firstError() == null ? "" : run.firstError()).build();
    }
}
