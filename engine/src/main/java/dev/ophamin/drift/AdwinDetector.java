package dev.ophamin.drift;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.drift.Adwin;

/** ADWIN (Bifet and Gavaldà 2007) over the engine's pillar; a detection is a cut of its window. */
final class AdwinDetector implements StreamDetector {
    private final double delta;
    private final Adwin adwin;
    private long widthBeforeCut;

    AdwinDetector(Params p) {
        delta = p.real("delta", 0.002);
        p.done();
        adwin = new Adwin(delta);
    }

    @Override
    public String name() {
        return "adwin";
    }

    @Override
    public JsonObject config() {
        return JsonObject.builder().put("delta", delta).put("max_buckets", (long) Adwin.DEFAULT_MAX_BUCKETS).build();
    }

    @Override
    public boolean update(double x) {
        long before = adwin.width();
        boolean cut = adwin.add(x);
        if (cut) {
            widthBeforeCut = before + 1;
        }
        return cut;
    }

    @Override
    public JsonObject detail() {
        return JsonObject.builder().put("window_before", widthBeforeCut).put("window_after", adwin.width())
                .put("mean_after", adwin.mean()).build();
    }
}
