package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ophamin.DecodeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random documents (seeded), canonicalised by the codec and by CPython
 * ({@code json.dumps(json.loads(doc), sort_keys=True, separators=(",", ":"))}) in one python3
 * process; the bytes must agree. Half the documents are mutated by one byte so that refusals are
 * compared too; CPython's duplicate keys are reported so the spec's deliberate refusal is checked.
 */
class DifferentialTest {
    private static final long SEED = Long.getLong("ophamin.differential.seed", 20_261_122L);
    private static final int DOCUMENTS = 4000;

    // stdin: one base64 document per line; stdout per line: "A <base64 canonical>", "D" (accepted
    // but with a duplicate key), or "R <exception type>".
    private static final String ORACLE = String.join("\n",
            "import base64, json, sys",
            "class Dup(Exception): pass",
            "def pairs(ps):",
            "    d = dict(ps)",
            "    if len(d) != len(ps): raise Dup()",
            "    return d",
            "out = []",
            "for line in sys.stdin:",
            "    raw = base64.b64decode(line)",
            "    try:",
            "        text = raw.decode('utf-8')",
            "        v = json.loads(text)",
            "        try:",
            "            json.loads(text, object_pairs_hook=pairs)",
            "        except Dup:",
            "            out.append('D'); continue",
            "        c = json.dumps(v, sort_keys=True, separators=(',', ':'))",
            "        out.append('A ' + base64.b64encode(c.encode('ascii')).decode())",
            "    except (ValueError, RecursionError) as e:",
            "        out.append('R ' + type(e).__name__)",
            "sys.stdout.write('\\n'.join(out) + '\\n')",
            "");

    @Test
    void codecAgreesWithCPython() {
        Python.assumeAvailable("differential test against CPython");
        RandomJsonText gen = new RandomJsonText(SEED);
        Random mutate = new Random(SEED + 1);
        List<byte[]> docs = new ArrayList<>();
        StringBuilder stdin = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] doc = gen.document().getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 1) {
                doc = mutateOneByte(doc, mutate);
            }
            docs.add(doc);
            stdin.append(Base64.getEncoder().encodeToString(doc)).append('\n');
        }
        String[] verdicts = new String(Python.run(stdin.toString().getBytes(StandardCharsets.US_ASCII), "-c", ORACLE),
                StandardCharsets.US_ASCII).split("\n");
        assertEquals(DOCUMENTS, verdicts.length);

        List<String> problems = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        int duplicates = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String verdict = verdicts[i];
            String ours;
            Violation violation = null;
            try {
                ours = "A " + Base64.getEncoder().encodeToString(Profile.PYTHON_JSON.encode(JsonReader.standard().read(docs.get(i))));
            } catch (DecodeException e) {
                ours = "R";
                violation = e.violation();
            }
            boolean agree;
            if (verdict.startsWith("A ")) {
                accepted++;
                agree = verdict.equals(ours);
            } else if (verdict.equals("D")) {
                duplicates++;
                agree = violation == Violation.DUPLICATE_KEY;
            } else {
                refused++;
                agree = ours.equals("R");
            }
            String streamed;
            try {
                streamed = "A " + Base64.getEncoder().encodeToString(Profile.PYTHON_JSON.canonicalize(docs.get(i)));
            } catch (DecodeException e) {
                streamed = e.violation() == violation ? "R" : "R " + e.violation().code();
            }
            if (!streamed.equals(ours) && problems.size() < 10) {
                problems.add("document " + i + " " + new String(docs.get(i), StandardCharsets.UTF_8)
                        + ": streaming encoder " + streamed + ", value tree " + ours);
            }
            if (!agree && problems.size() < 10) {
                problems.add("document " + i + " " + new String(docs.get(i), StandardCharsets.UTF_8)
                        + ": CPython " + verdict + ", codec " + (violation != null ? violation.code() : ours));
            }
        }
        System.out.printf("differential (seed %d): %d agreed canonical, %d agreed refusals, %d duplicate-key%n",
                SEED, accepted, refused, duplicates);
        assertEquals(List.of(), problems);
        assertTrue(accepted > DOCUMENTS / 3 && refused > DOCUMENTS / 10,
                "the generator should give both outcomes: " + accepted + " accepted, " + refused + " refused");
    }

    private static byte[] mutateOneByte(byte[] doc, Random r) {
        if (doc.length == 0) {
            return new byte[] {'{'};
        }
        int at = r.nextInt(doc.length);
        byte[] pool = "{}[],:\"\\0-+.eE \u0001x".getBytes(StandardCharsets.US_ASCII);
        switch (r.nextInt(3)) {
            case 0: { // delete
                byte[] out = new byte[doc.length - 1];
                System.arraycopy(doc, 0, out, 0, at);
                System.arraycopy(doc, at + 1, out, at, doc.length - at - 1);
                return out;
            }
            case 1: { // insert
                byte[] out = new byte[doc.length + 1];
                System.arraycopy(doc, 0, out, 0, at);
                out[at] = pool[r.nextInt(pool.length)];
                System.arraycopy(doc, at, out, at + 1, doc.length - at);
                return out;
            }
            default: { // replace
                byte[] out = doc.clone();
                out[at] = r.nextInt(8) == 0 ? (byte) (0x80 + r.nextInt(0x80)) : pool[r.nextInt(pool.length)];
                return out;
            }
        }
    }
}
