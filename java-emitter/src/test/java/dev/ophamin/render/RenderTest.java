package dev.ophamin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.SignedRecord;
import dev.ophamin.testing.Corpus;
import dev.ophamin.testing.SampleRecords;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RenderTest {

    @Test
    void markdownHasTheNineNumberedSectionsInOrder() {
        String md = ProofMarkdown.render(SampleRecords.proof(0.01, "<=", 0.05));
        Matcher m = Pattern.compile("(?m)^## (\\d)\\. (.+)$").matcher(md);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + ". " + m.group(2));
        }
        assertEquals(List.of("1. Identity", "2. Claim", "3. Pre-registration", "4. Data", "5. Evidence",
                "6. Verdict", "7. Reproduction", "8. Provenance", "9. Signature"), found);
        assertTrue(md.contains("- Observed: `0.01`"), md);
        assertTrue(md.contains("1,234,567 records"), md);
        assertTrue(md.contains("| I.welch | t | 3 | 0.25 | (-0.125, 0.5) | 1e-05 | scipy 1.17.1 | passed |"), md);
        assertTrue(md.contains("- *(unsigned)*"));
    }

    @Test
    void htmlIsSelfContainedEscapedAndHasTheFigure() {
        String html = ProofHtml.render(SampleRecords.proof(0.2, "<=", 0.05));
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("threshold &lt;= 0.05"), "the threshold's label");
        assertTrue(html.contains("observed 0.2"), "the observed value's label");
        assertFalse(html.contains("CI ["), "the evidence's interval is about t, not the plotted metric");
        assertTrue(html.contains("agree &lt;on&gt; Welch&#39;s t &amp; &quot;p&quot;"), "record text is escaped");
        assertFalse(html.contains("<on>"));
        assertFalse(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no external assets");
        assertFalse(html.contains("<script"));
        for (int n = 1; n <= 9; n++) {
            assertTrue(html.contains("<h2>" + n + ". " + ProofMarkdown.SECTIONS.get(n - 1) + "</h2>"), "section " + n);
        }
    }

    @Test
    void everyShippedProofRenders() throws Exception {
        int n = 0;
        for (Corpus.Entry e : Corpus.entries()) {
            if (!e.kind().equals("proof")) {
                continue;
            }
            SignedRecord r = RecordFiles.parse(Files.readAllBytes(e.file()));
            String md = ProofMarkdown.render((ProofRecord) r);
            String html = ProofHtml.render((ProofRecord) r);
            assertTrue(md.contains("## 9. Signature") && html.contains("</svg>"), e.path());
            n++;
        }
        assertEquals(98, n);
    }
}
