package dev.ophamin.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.testing.PythonOracle;
import dev.ophamin.testing.RandomJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the file layout: random documents written by {@code PythonJsonWriter}
 * INDENT2 equal CPython's {@code json.dumps(json.loads(doc), indent=2)}, byte for byte.
 */
class LayoutDifferentialTest {
    private static final int DOCS = 3000;

    @Test
    void indent2MatchesPythonJsonDumps() throws Exception {
        RandomJson gen = new RandomJson(20260522L);
        List<byte[]> docs = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            docs.add(PythonJsonWriter.toBytes(gen.value(4), PythonJsonWriter.Layout.INDENT2));
        }
        List<byte[]> python = PythonOracle.run(String.join("\n",
                "import json",
                "for doc in inputs():",
                "    answer(json.dumps(json.loads(doc), indent=2).encode('utf-8'))"), docs);
        assertEquals(DOCS, python.size());
        int mismatches = 0;
        String first = null;
        for (int i = 0; i < DOCS; i++) {
            if (!Arrays.equals(docs.get(i), python.get(i))) {
                mismatches++;
                if (first == null) {
                    first = "java:\n" + PythonOracle.text(docs.get(i)) + "\npython:\n" + PythonOracle.text(python.get(i));
                }
            }
        }
        assertEquals(0, mismatches, first);
    }
}
