package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ophamin.DecodeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of JSONTestSuite (test_parsing and test_transform) is accepted or refused exactly as
 * CPython 3.11 does ({@code json.loads} of the bytes decoded as strict UTF-8), and accepted files
 * canonicalise to CPython's bytes, except the deliberate differences of spec/CANONICAL_FORM.md.
 */
class JsonTestSuiteTest {
    /** The spec's deliberate differences: files CPython accepts and we refuse, with our rule. */
    static final Map<String, Violation> DELIBERATE = Map.of(
            "test_parsing/y_object_duplicated_key.json", Violation.DUPLICATE_KEY,
            "test_parsing/y_object_duplicated_key_and_value.json", Violation.DUPLICATE_KEY,
            "test_transform/object_same_key_different_values.json", Violation.DUPLICATE_KEY,
            "test_transform/object_same_key_same_value.json", Violation.DUPLICATE_KEY,
            "test_transform/object_same_key_unclear_values.json", Violation.DUPLICATE_KEY);

    // One python3 process reads every file; prints "path<TAB>A<TAB>base64(canonical)" or
    // "path<TAB>R<TAB>exception type" per file.
    private static final String ORACLE = String.join("\n",
            "import base64, json, os, sys",
            "root = sys.argv[1]",
            "for sub in ('test_parsing', 'test_transform'):",
            "    for name in sorted(os.listdir(os.path.join(root, sub))):",
            "        with open(os.path.join(root, sub, name), 'rb') as f:",
            "            raw = f.read()",
            "        try:",
            "            v = json.loads(raw.decode('utf-8'))",
            "            out = json.dumps(v, sort_keys=True, separators=(',', ':')).encode('ascii')",
            "            print(sub + '/' + name, 'A', base64.b64encode(out).decode(), sep='\\t')",
            "        except (ValueError, RecursionError) as e:",
            "            print(sub + '/' + name, 'R', type(e).__name__, sep='\\t')",
            "");

    @Test
    void acceptsAndRefusesAsCPythonDoes() throws IOException {
        Python.assumeAvailable("JSONTestSuite comparison with CPython");
        Path suite = TestFiles.shared("corpus/JSONTestSuite");
        String out = new String(Python.run(new byte[0], "-c", ORACLE, suite.toString()), StandardCharsets.US_ASCII);

        int accepted = 0;
        int refused = 0;
        int deliberate = 0;
        List<String> problems = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            byte[] input = Files.readAllBytes(suite.resolve(f[0]));
            boolean cpythonAccepts = f[1].equals("A");
            String ours;
            Violation violation = null;
            try {
                ours = Base64.getEncoder().encodeToString(Profile.PYTHON_JSON.encode(JsonReader.standard().read(input)));
            } catch (DecodeException e) {
                ours = null;
                violation = e.violation();
            }
            Violation planned = DELIBERATE.get(f[0]);
            if (planned != null) {
                deliberate++;
                if (!cpythonAccepts || violation != planned) {
                    problems.add(f[0] + ": listed as deliberate " + planned.code() + " but CPython "
                            + (cpythonAccepts ? "accepts" : "refuses") + " and we give " + violation);
                }
                continue;
            }
            if (cpythonAccepts) {
                accepted++;
                if (ours == null) {
                    problems.add(f[0] + ": CPython accepts, we refuse with " + violation.code());
                } else if (!ours.equals(f[2])) {
                    problems.add(f[0] + ": canonical bytes differ from CPython");
                }
            } else {
                refused++;
                if (ours != null) {
                    problems.add(f[0] + ": CPython refuses (" + f[2] + "), we accept");
                }
            }
        }
        System.out.printf("JSONTestSuite: %d accepted, %d refused, %d deliberate differences%n",
                accepted, refused, deliberate);
        assertEquals(List.of(), problems);
        assertEquals(DELIBERATE.size(), deliberate, "every listed deliberate difference is a file of the suite");
        try (Stream<Path> files = Stream.concat(Files.list(suite.resolve("test_parsing")),
                Files.list(suite.resolve("test_transform")))) {
            assertEquals(files.count(), (long) accepted + refused + deliberate, "every file was judged");
        }
    }
}
