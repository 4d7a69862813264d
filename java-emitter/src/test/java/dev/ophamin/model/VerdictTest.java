package dev.ophamin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The verdict rule and its default reasoning, and construction-time validation. */
class VerdictTest {

    @Test
    void decideByComparator() {
        Threshold ge = Threshold.of("r", ">=", 0.9);
        assertEquals(Outcome.VALIDATED, Verdict.decide(0.9, ge).outcome());
        assertEquals(Outcome.REFUTED, Verdict.decide(0.8999, ge).outcome());
        assertEquals(Outcome.REFUTED, Verdict.decide(1.0, Threshold.of("r", "<", 1.0)).outcome());
        assertEquals(Outcome.VALIDATED, Verdict.decide(1.0, Threshold.of("r", "==", 1.0)).outcome());
        assertEquals(Outcome.REFUTED, Verdict.decide(Double.NaN, Threshold.of("r", "<=", 1.0)).outcome());
        Verdict inc = Verdict.decide(5, ge, true, "");
        assertEquals(Outcome.INCONCLUSIVE, inc.outcome());
        assertEquals("evidence insufficient to decide for or against the claim", inc.reasoning());
        assertEquals("too few probes", Verdict.decide(5, ge, true, "too few probes").reasoning());
        assertTrue(inc.consistent());
    }

    @Test
    void defaultReasoningIsTheReferenceText() {
        // f"observed {observed:.6g} {'satisfies'|'does not satisfy'} the pre-registered threshold ({describe})"
        assertEquals("observed 0.123457 satisfies the pre-registered threshold (r >= 0.1 jaccard)",
                Verdict.decide(0.1234567, new Threshold("r", ">=", 0.1, "jaccard")).reasoning());
        assertEquals("observed 0 does not satisfy the pre-registered threshold (order_hysteresis > 0.0)",
                Verdict.decide(0.0, Threshold.of("order_hysteresis", ">", 0)).reasoning());
        assertEquals("observed 1.5e+07 satisfies the pre-registered threshold (n >= 10.0)",
                Verdict.decide(1.5e7, Threshold.of("n", ">=", 10)).reasoning());
    }

    @Test
    void constructionValidatesAndNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Threshold.of("m", "=>", 1));
        assertTrue(e.getMessage().startsWith("threshold.comparator:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Outcome.parse("PASSED", "verdict.outcome"));
        assertTrue(e.getMessage().startsWith("verdict.outcome:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Evidence.builder().pillar("p").statistic("s", 1)
                .library("l", "1").crossCheck("probably").build());
        assertTrue(e.getMessage().startsWith("evidence.cross_check:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Evidence.builder().pillar("p").statistic("s", 1).build());
        assertEquals("evidence.library: is required", e.getMessage());
        Verdict contradicting = new Verdict(Outcome.VALIDATED, 0.1, Threshold.of("m", ">", 1), "r");
        assertFalse(contradicting.consistent());
    }

    @Test
    void thresholdValueIsAlwaysAFloat() {
        assertEquals(new dev.ophamin.canonical.JsonFloat(10.0), Threshold.of("m", "<=", 10).toJson().get("value"));
        assertEquals("m <= 10.0", Threshold.of("m", "<=", 10).describe());
    }

    @Test
    void timestampsAsTheReferenceWritesThem() {
        assertEquals("2026-05-18T01:59:53.455169+00:00", Identity.timestamp(
                java.time.OffsetDateTime.parse("2026-05-18T03:59:53.455169789+02:00")));
        assertEquals("2026-05-18T01:59:53+00:00", Identity.timestamp(
                java.time.OffsetDateTime.parse("2026-05-18T01:59:53Z")));
    }
}
