package dev.ophamin.drift;

import dev.ophamin.canonical.JsonObject;
import dev.ophamin.pillar.drift.PageHinkley;

/**
 * Page-Hinkley (Page 1954; Hinkley 1971) watching both directions: one test on the stream for an
 * increase, one on its negation for a decrease; either firing is a detection, and both restart.
 */
final class PageHinkleyDetector implements StreamDetector {
    private final double delta;
    private final double lambda;
    private final double alpha;
    private PageHinkley up;
    private PageHinkley down;
    private String direction = "";

    PageHinkleyDetector(Params p) {
        delta = p.real("delta", 0.005);
        lambda = p.real("lambda", 50.0);
        alpha = p.real("alpha", 0.9999);
        p.done();
        restart();
    }

    private void restart() {
        up = new PageHinkley(delta, lambda, alpha);
        down = new PageHinkley(delta, lambda, alpha);
    }

    @Override
    public String name() {
        return "page_hinkley";
    }

    @Override
    public JsonObject config() {
        return JsonObject.builder().put("delta", delta).put("lambda", lambda).put("alpha", alpha)
                .put("mode", "both").build();
    }

    @Override
    public boolean update(double x) {
        boolean u = up.add(x);
        boolean d = down.add(-x);
        if (u || d) {
            direction = u ? "up" : "down";
            restart();
            return true;
        }
        return false;
    }

    @Override
    public JsonObject detail() {
        return JsonObject.builder().put("direction", direction).build();
    }
}
